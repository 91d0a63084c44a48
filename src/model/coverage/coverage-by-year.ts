import type { CoverageLevel } from './coverage-level';

/** Coverage of one year: the strongest kind of fact that touches it (null: nothing for that year). */
export type YearLevel = Extract<CoverageLevel, 'bedragen' | 'besluiten' | 'genoemd'> | null;

/** A span of years a fact touches (null years: unknown). */
export interface YearSpan {
  from: number | null;
  to: number | null;
}

/** What a gemeente's facts say per year, reduced to spans per kind. */
export interface YearFacts {
  /** Year spans of rows with an amount. */
  amounts: YearSpan[];
  /** Years of decisions, plans without amount and results. */
  decisions: YearSpan[];
  mentions: YearSpan[];
}

const ORDER: YearLevel[] = ['bedragen', 'besluiten', 'genoemd'];

/** Level per year from `first` to `last`, plus 'onbekend' for facts without a year. */
export function coverageByYear(
  facts: YearFacts,
  first: number,
  last: number,
): { years: YearLevel[]; unknown: YearLevel } {
  const years: YearLevel[] = [];
  const hits = (spans: YearSpan[], year: number) =>
    spans.some((s) => s.from !== null && year >= s.from && year <= (s.to ?? last));
  for (let year = first; year <= last; year++) {
    let level: YearLevel = null;
    if (hits(facts.amounts, year)) level = 'bedragen';
    else if (hits(facts.decisions, year)) level = 'besluiten';
    else if (hits(facts.mentions, year)) level = 'genoemd';
    years.push(level);
  }
  const undated = [facts.amounts, facts.decisions, facts.mentions].map((spans) => spans.some((s) => s.from === null));
  const unknown = ORDER[undated.findIndex(Boolean)] ?? null;
  return { years, unknown };
}
