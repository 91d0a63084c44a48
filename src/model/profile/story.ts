/*
 * The story every gemeente page tells, in the same order for all 342 (issue 22): what the Rijk
 * allocated, what the gemeente planned, budgeted and spent, what it decided, what it reported as
 * results, what is not known, and how to help. Generated from the data: a narrative (MDX) adds to
 * it, never replaces it. Plain Dutch (B1); every figure on the page beside it names its source.
 */
import { formatAmount } from '../../format/money';
import { formatPer, formatYears } from '../../format/period';
import { joinNl } from '../../format/summaries-nl';
import { searchResultText } from '../../format/search-nl';
import { hasFacts as levelHasFacts } from '../coverage/coverage-level';
import { missingFacts } from '../request/missing-facts';
import type { MissingFact } from '../request/missing-facts';
import type { GemeenteProfile } from './gemeente-profile';

/** The sentences of one gemeente's story; the page puts each figure's table or list beside them. */
export interface GemeenteStory {
  /** One short paragraph at the top: what is known, counted, with nothing added up. */
  lead: string;
  /** The sentence a story section shows when it holds no fact, by section id. */
  empty: Partial<Record<StorySection, string>>;
  /**
   * What is not known: the kinds of fact no document gives (per year where they go per year; the
   * same list a request for documents asks for, computed once in model/request/missing-facts.ts)...
   */
  missing: MissingFact[];
  /** ...and what the known rows leave open (no amount, no year, one amount for several years), one plain line each. */
  unknown: string[];
}

/** The sections of the story, in page order (their element ids). */
export const STORY_SECTIONS = ['toekenningen', 'bestedingen', 'besluiten', 'resultaten', 'onbekend', 'helpen'] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Spending lines still shown (the model's `current`, one rule for the charts and the story): a line
 * a newer document replaces as a whole is not counted again; a line shown for two runs of years counts once.
 */
const shownSpending = (p: GemeenteProfile) => [...new Map(p.current.map((b) => [b.id, b])).values()];

function allocationSentence(p: GemeenteProfile): string {
  const { naam } = p.gemeente;
  const t = p.toekenningen;
  if (t.length === 0) return `Wij kennen geen bedrag dat het Rijk aan ${naam} gaf.`;
  if (t.length > 3)
    return `Wij kennen ${t.length} bedragen die het Rijk aan ${naam} gaf; wij tellen ze niet bij elkaar op.`;
  const amounts = t.map((row) =>
    `${formatAmount(row.bedrag_eur, row.bedrag_precisie)} ${formatPer(row.per)} (${formatYears(row)})`.replace(
      / {2,}/g,
      ' ',
    ),
  );
  return `Het Rijk gaf ${naam} ${joinNl(amounts)}.`;
}

function spendingSentence(p: GemeenteProfile): string | null {
  const lines = shownSpending(p);
  if (lines.length === 0) return null;
  const withAmount = lines.filter((b) => b.bedrag_eur !== null).length;
  const amounts =
    withAmount === lines.length
      ? lines.length === 1
        ? 'met een bedrag'
        : 'alle met een bedrag'
      : withAmount === 0
        ? 'zonder bedrag'
        : `${withAmount} met een bedrag`;
  return `De gemeente noemt ${count(lines.length, 'plan, begroting of uitgave', 'plannen, begrotingen of uitgaven')}, ${amounts}.`;
}

function otherFactsSentence(p: GemeenteProfile): string | null {
  // A proposal is counted as a proposal, never as a decision (issue 23).
  const proposals = p.besluiten.filter((b) => b.voorstel).length;
  const decisions = p.besluiten.length - proposals;
  const parts = [
    decisions > 0 ? count(decisions, 'besluit', 'besluiten') : null,
    proposals > 0 ? count(proposals, 'voorstel', 'voorstellen') : null,
    p.resultaten.length > 0 ? count(p.resultaten.length, 'gemeld resultaat', 'gemelde resultaten') : null,
    p.vermeldingen.length > 0
      ? count(p.vermeldingen.length, 'vermelding in een ander stuk', 'vermeldingen in andere stukken')
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? `Wij kennen ${joinNl(parts)}.` : null;
}

/** What is known, counted, in two or three short sentences. */
function lead(p: GemeenteProfile, unknown: number): string {
  const { naam } = p.gemeente;
  const lastSearch = p.onderzocht[0];
  if (!levelHasFacts(p.coverage)) {
    if (p.coverage === 'opgevraagd')
      return `Wij kennen nog geen openbaar stuk van ${naam} over de POK-middelen; de stukken zijn bij de gemeente opgevraagd (${searchResultText(lastSearch)}).`;
    return lastSearch
      ? `Wij zochten naar openbare stukken van ${naam} over de POK-middelen en vonden niets. Dat betekent niet dat de gemeente het geld niet gebruikt: alleen dat wij er geen openbaar stuk over kennen.`
      : `Wij hebben nog niet gezocht naar stukken van ${naam} over de POK-middelen. U kunt helpen: zie onderaan deze pagina.`;
  }
  const sentences = [allocationSentence(p), spendingSentence(p), otherFactsSentence(p)].filter(
    (s): s is string => s !== null,
  );
  if (unknown > 0) sentences.push(`Er is ook veel niet bekend; dat staat onder "Wat wij niet weten".`);
  return sentences.join(' ');
}

/** What the known rows leave open, one line each (the missing kinds of fact are listed apart). */
function unknownLines(p: GemeenteProfile): string[] {
  const lines = shownSpending(p);
  const out: string[] = [];
  if (p.toekenningen.length > 0 && p.toekenningen.every((t) => t.per === 'totaal' && t.jaar_van !== t.jaar_tot))
    out.push('hoeveel geld het Rijk per jaar gaf: de bron noemt één bedrag voor meer jaren samen.');
  const noAmount = lines.filter((b) => b.bedrag_eur === null).length;
  if (noAmount > 0)
    out.push(
      `hoeveel geld er naar ${noAmount === lines.length ? (lines.length === 1 ? 'het plan' : 'de plannen') : `${noAmount} van de ${lines.length} plannen`} gaat: de bron noemt geen bedrag.`,
    );
  const noYear = lines.filter((b) => b.jaar_van === null && b.jaar_tot === null).length;
  if (noYear > 0)
    out.push(`in welk jaar ${noYear === 1 ? 'één plan valt' : `${noYear} plannen vallen`}: de bron noemt geen jaar.`);
  return out;
}

/** The story of one gemeente page, from its profile. */
export function gemeenteStory(p: GemeenteProfile): GemeenteStory {
  const { naam } = p.gemeente;
  const missing = missingFacts(p);
  if (!levelHasFacts(p.coverage)) {
    // Nothing known: the page draws no parts to fill; "what we do not know" is all of it, said once.
    return { lead: lead(p, 0), missing, unknown: [], empty: {} };
  }
  const unknown = unknownLines(p);
  return {
    lead: lead(p, missing.length + unknown.length),
    missing,
    unknown,
    empty: {
      toekenningen:
        p.toekenningen.length === 0 ? `Wij vonden geen openbaar bedrag dat het Rijk aan ${naam} gaf.` : undefined,
      bestedingen:
        shownSpending(p).length === 0 && p.verschuivingen.length === 0
          ? `Wij vonden geen openbaar plan, geen begroting en geen uitgave van ${naam} voor dit geld.`
          : undefined,
      besluiten:
        p.besluiten.length === 0 ? `Wij vonden geen besluit en geen voorstel van ${naam} over dit geld.` : undefined,
      resultaten: p.resultaten.length === 0 ? `Wij vonden geen resultaten die ${naam} meldde.` : undefined,
    },
  };
}
