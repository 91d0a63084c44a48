import type { CoverageLevel } from '../../model/coverage/coverage-level';

/** Coverage of one year: the strongest kind of fact that touches it (null: nothing for that year). */
export type YearLevel = Extract<CoverageLevel, 'bedragen' | 'besluiten' | 'genoemd'> | null;

/** What a gemeente's facts say per year, reduced to counts per kind. */
export interface YearFacts {
  /** Year spans of rows with an amount (null years: unknown). */
  amounts: { from: number | null; to: number | null }[];
  /** Years of decisions, plans without amount and results. */
  decisions: { from: number | null; to: number | null }[];
  mentions: { from: number | null; to: number | null }[];
}

const ORDER: YearLevel[] = ['bedragen', 'besluiten', 'genoemd'];

/** Level per year from `first` to `last`, plus 'onbekend' for facts without a year. */
export function coverageByYear(facts: YearFacts, first: number, last: number): { years: YearLevel[]; unknown: YearLevel } {
  const years: YearLevel[] = [];
  const hits = (spans: YearFacts['amounts'], year: number) => spans.some((s) => s.from !== null && year >= s.from && year <= (s.to ?? (s.from === null ? -1 : last)));
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

export interface MatrixRow {
  key: string;
  label: string;
  cells: YearLevel[];
}
export interface MatrixLayout {
  width: number;
  height: number;
  labelWidth: number;
  columns: { label: string; x: number; width: number }[];
  rows: { key: string; label: string; y: number; cells: { x: number; level: YearLevel }[] }[];
  cellHeight: number;
}

/** Grid positions: one row per gemeente, one column per year (and "onbekend"). */
export function layoutMatrix(rows: MatrixRow[], columns: string[], width = 640, labelWidth = 170, cellHeight = 22): MatrixLayout {
  const head = 24;
  const cw = columns.length > 0 ? (width - labelWidth) / columns.length : 0;
  return {
    width,
    height: head + rows.length * cellHeight,
    labelWidth,
    cellHeight,
    columns: columns.map((label, i) => ({ label, x: labelWidth + i * cw, width: cw })),
    rows: rows.map((row, r) => ({ key: row.key, label: row.label, y: head + r * cellHeight, cells: row.cells.map((level, i) => ({ x: labelWidth + i * cw, level })) })),
  };
}
