import { hasFacts } from '../model/coverage/coverage-level';
import type { Precision } from '../data/schemas/vocab';
import type { GemeenteProfile } from '../model/profile/gemeente-profile';
import { formatAmount } from '../format/money';
import { formatDate } from '../format/date';
import { formatPer, formatYears } from '../format/period';
import { useTranslations } from '../i18n/ui';
import { decisionNoun } from '../model/besluiten/decision-outcome';

/** One fact on a share image: `value` is text the page itself shows, word for word. */
export interface ShareFact {
  label: string;
  value: string;
}

/** What a share image shows: a title, a kicker line and up to three facts from the page. */
export interface ShareCard {
  kicker: string;
  title: string;
  facts: ShareFact[];
  /** Site path of the page the image belongs to. */
  path: string;
}

const t = useTranslations('nl');
const MAX_FACTS = 3;

/** True when a gemeente page has facts of its own (the same test the page uses), so it gets its own image. */
export function gemeenteHasFacts(profile: GemeenteProfile): boolean {
  return hasFacts(profile.coverage);
}

/** A page's share image: its site path and its text alternative. */
export interface ShareImage {
  path: string;
  alt: string;
}

/**
 * The share image of a gemeente's pages: its own page and each of its decisions show the gemeente's
 * card (its key facts); a gemeente without facts has none, and its pages use the site-wide card.
 * A decision has no card of its own: the shared link's title and description already name the
 * decision, its date and what it decided, and a card per decision cost over a thousand drawings
 * at national scale (three quarters of all share images) for those same words.
 */
export function gemeenteShareImage(profile: GemeenteProfile): ShareImage | null {
  const g = profile.gemeente;
  return gemeenteHasFacts(profile)
    ? { path: `/og/gemeenten/${g.slug}.png`, alt: `${g.naam}: de belangrijkste feiten over de POK-middelen` }
    : null;
}

/** The amount as the page's tables show it, e.g. "€ 2.932.000 in totaal". */
const amountText = (row: { bedrag_eur: number; bedrag_precisie: Precision | null; per?: 'jaar' | 'totaal' | null }) =>
  [formatAmount(row.bedrag_eur, row.bedrag_precisie), formatPer(row.per)].filter(Boolean).join(' ');

/**
 * Key facts of a gemeente page: coverage, then the Rijk's allocations, then spending lines with an
 * amount (current versions only), each with its years, formatted by the functions the page uses.
 */
export function gemeenteShareCard(profile: GemeenteProfile): ShareCard {
  const g = profile.gemeente;
  const facts: ShareFact[] = [{ label: 'Wat wij weten', value: t(`coverage.${profile.coverage}`) }];
  for (const row of profile.toekenningen) {
    if (row.bedrag_eur === null) continue;
    facts.push({
      label: `Van het Rijk, ${formatYears(row)}`,
      value: amountText({ ...row, bedrag_eur: row.bedrag_eur }),
    });
  }
  for (const row of profile.bestedingen) {
    if (row.bedrag_eur === null || row.vervangenDoor) continue;
    facts.push({
      label: `${t(`phase.${row.fase}`)}, ${formatYears(row)}`,
      value: amountText({ ...row, bedrag_eur: row.bedrag_eur }),
    });
  }
  for (const b of profile.besluiten)
    facts.push({ label: `${decisionNoun(b)}, ${formatDate(b.datum)}`, value: b.strekking });
  return {
    kicker: `Gemeente in ${g.provincie}`,
    title: g.naam,
    facts: facts.slice(0, MAX_FACTS),
    path: `/gemeenten/${g.slug}/`,
  };
}
