import type { RowOf } from '../../data/schemas/tables';
import { decisionOutcome } from './decision-outcome';

type Besluit = RowOf<'besluiten'>;

/** Decisions newest first; a partial date ("2024-06") sorts by what it states, ties by id. */
export function newestFirst(rows: Besluit[]): Besluit[] {
  return [...rows].sort((a, b) => (a.datum === b.datum ? a.id.localeCompare(b.id) : a.datum < b.datum ? 1 : -1));
}

/** One filter of the decisions index: a value, its anchor, and the decisions that have it (newest first). */
export interface DecisionFilter {
  key: string;
  label: string;
  anchor: string;
  decisions: Besluit[];
}

/**
 * The filters of /besluiten/ as static sections (gemeente, body, outcome, year), so filtering
 * is a link to an anchor and works without JavaScript. Values appear in a stable order.
 */
export function decisionFilters(
  rows: Besluit[],
  gemeente: (code: string) => { slug: string; naam: string },
  label: { body: (b: Besluit['orgaan']) => string },
): Record<'gemeente' | 'orgaan' | 'uitkomst' | 'jaar', DecisionFilter[]> {
  const sorted = newestFirst(rows);
  const by = (
    kind: string,
    keyOf: (b: Besluit) => string,
    labelOf: (b: Besluit) => string,
    order: (a: DecisionFilter, b: DecisionFilter) => number,
  ) => {
    const groups = new Map<string, DecisionFilter>();
    for (const b of sorted) {
      const key = keyOf(b);
      if (!groups.has(key)) groups.set(key, { key, label: labelOf(b), anchor: `${kind}-${key}`, decisions: [] });
      groups.get(key)!.decisions.push(b);
    }
    return [...groups.values()].sort(order);
  };
  const byLabel = (a: DecisionFilter, b: DecisionFilter) => a.label.localeCompare(b.label, 'nl');
  return {
    gemeente: by(
      'gemeente',
      (b) => gemeente(b.cbs_code).slug,
      (b) => gemeente(b.cbs_code).naam,
      byLabel,
    ),
    orgaan: by(
      'orgaan',
      (b) => b.orgaan.replace(/\s+/g, '-'),
      (b) => label.body(b.orgaan),
      byLabel,
    ),
    // By what was decided: a decision about a request under what became of the request (decisionOutcome).
    uitkomst: by(
      'uitkomst',
      (b) => decisionOutcome(b).key,
      (b) => decisionOutcome(b).label,
      byLabel,
    ),
    jaar: by(
      'jaar',
      (b) => b.datum.slice(0, 4),
      (b) => b.datum.slice(0, 4),
      (a, b) => b.key.localeCompare(a.key),
    ),
  };
}
