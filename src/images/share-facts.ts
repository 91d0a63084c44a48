import { hasFacts } from '../model/coverage/coverage-level';
import type { Precision } from '../data/schemas/vocab';
import type { GemeenteProfile } from '../model/profile/gemeente-profile';
import type { RowOf } from '../data/schemas/tables';
import { formatAmount } from '../format/money';
import { formatDate } from '../format/date';
import { formatPer, formatYears } from '../format/period';
import { useTranslations } from '../i18n/ui';
import { decisionNoun, decisionOutcome } from '../model/besluiten/decision-outcome';

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
    facts.push({ label: `Van het Rijk, ${formatYears(row)}`, value: amountText({ ...row, bedrag_eur: row.bedrag_eur }) });
  }
  for (const row of profile.bestedingen) {
    if (row.bedrag_eur === null || row.vervangenDoor) continue;
    facts.push({ label: `${t(`phase.${row.fase}`)}, ${formatYears(row)}`, value: amountText({ ...row, bedrag_eur: row.bedrag_eur }) });
  }
  for (const b of profile.besluiten) facts.push({ label: `${decisionNoun(b)}, ${formatDate(b.datum)}`, value: b.strekking });
  return { kicker: `Gemeente in ${g.provincie}`, title: g.naam, facts: facts.slice(0, MAX_FACTS), path: `/gemeenten/${g.slug}/` };
}

/** Key facts of a decision page: gemeente, date, body and outcome, as the page shows them. */
export function besluitShareCard(besluit: RowOf<'besluiten'>, gemeente: RowOf<'gemeenten'>, title: string): ShareCard {
  return {
    kicker: `${decisionNoun(besluit)} van ${gemeente.naam}`,
    title,
    facts: [
      { label: 'Datum', value: formatDate(besluit.datum) },
      { label: decisionNoun(besluit) === 'Voorstel' ? 'Behandeld door' : 'Wie besliste', value: t(`body.${besluit.orgaan}`) },
      { label: 'Uitkomst', value: decisionOutcome(besluit).label },
    ],
    path: `/besluiten/${besluit.id}/`,
  };
}
