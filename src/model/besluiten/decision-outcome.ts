import type { RowOf } from '../../data/schemas/tables';
import { useTranslations } from '../../i18n/ui';

type Besluit = RowOf<'besluiten'>;
const t = useTranslations('nl');

/** A row that records a proposal (uitkomst voorgesteld): it is counted and listed as a proposal, never as a decision. */
export const isProposal = (b: Pick<Besluit, 'uitkomst'>) => b.uitkomst === 'voorgesteld';

/**
 * What was decided, in the words every page, chart, feed and share image uses. For a decision
 * about a request that was taken, what became of the request ("Verzoek afgewezen"): "aangenomen"
 * there only says the college adopted its own proposal, and reads as if the request was granted.
 * A proposal reads "Voorgesteld (uitkomst niet bekend)". `key` groups decisions on /besluiten/.
 */
export function decisionOutcome(b: Pick<Besluit, 'onderwerp' | 'uitkomst' | 'verzoek_uitkomst'>): {
  key: string;
  label: string;
} {
  if (b.onderwerp === 'verzoek' && b.uitkomst === 'aangenomen' && b.verzoek_uitkomst) {
    return { key: `verzoek-${b.verzoek_uitkomst.replace(/\s+/g, '-')}`, label: t(`request.${b.verzoek_uitkomst}`) };
  }
  return { key: b.uitkomst.replace(/\s+/g, '-'), label: t(`outcome.${b.uitkomst}`) };
}

/** "Besluit" or "Voorstel": what one row is called in a breadcrumb, a share image or a heading. */
export const decisionNoun = (b: Pick<Besluit, 'uitkomst'>) => (isProposal(b) ? 'Voorstel' : 'Besluit');

/** What a list of rows is called: "Besluiten", "Voorstellen" or "Besluiten en voorstellen". */
export function decisionsNoun(rows: Pick<Besluit, 'uitkomst'>[]): string {
  const proposals = rows.filter(isProposal).length;
  if (proposals === 0) return 'Besluiten';
  return proposals === rows.length ? 'Voorstellen' : 'Besluiten en voorstellen';
}
