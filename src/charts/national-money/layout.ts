/**
 * Layout for stated national money: per year, each stated total as a column, its stated parts
 * drawn inside it from the bottom, and the rest marked "onbekend" (never computed as a figure).
 * A part given as one amount for several years cannot be placed in a year: it is returned in
 * `periodParts`. Parts are never added to a total, and a total is only drawn where stated.
 */
import { ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface MoneyAmount {
  id: string;
  label: string;
  from: number;
  to: number | null;
  per: 'jaar' | 'totaal' | null;
  amount: number;
}
export interface TotalGroup {
  total: MoneyAmount;
  parts: MoneyAmount[];
}
export interface NationalColumn {
  year: number;
  totalId: string;
  x: number;
  width: number;
  y: number;
  height: number;
  amount: number;
  parts: { id: string; label: string; amount: number; y: number; height: number }[];
  /** Height of the part nobody states (drawn hatched, labelled "onbekend"). */
  rest: { y: number; height: number } | null;
  /** The stated parts of this year exceed the stated total: the sources disagree, no rest drawn. */
  conflict: boolean;
}
export interface NationalLayout {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  ticks: { value: number; y: number }[];
  years: { year: number; x: number; width: number }[];
  columns: NationalColumn[];
  periodParts: MoneyAmount[];
  /** Amounts that cannot be drawn on this axis (negative, or outside the years). */
  notPlaced: MoneyAmount[];
}

/** The amount that applies to one year, or null when the row cannot be placed in that year. */
export function amountInYear(row: MoneyAmount, year: number): number | null {
  const to = row.to ?? (row.per === 'jaar' ? Infinity : row.from);
  if (year < row.from || year > to) return null;
  if (row.per === 'jaar') return row.amount;
  return row.from === to ? row.amount : null;
}

/** One total's column in one year: the stated parts stacked from the bottom, the rest "onbekend"; null when the total has no amount that year. */
function yearColumn(
  g: TotalGroup,
  y: { year: number },
  at: { x: number; width: number },
  plotBottom: number,
  scale: (v: number) => number,
): NationalColumn | null {
  const amount = amountInYear(g.total, y.year);
  if (amount === null) return null;
  const h = scale(amount);
  const col: NationalColumn = {
    year: y.year,
    totalId: g.total.id,
    x: at.x,
    width: at.width,
    y: plotBottom - h,
    height: h,
    amount,
    parts: [],
    rest: null,
    conflict: false,
  };
  let used = 0;
  for (const part of g.parts) {
    const value = amountInYear(part, y.year);
    if (value === null) continue;
    const ph = scale(value);
    col.parts.push({ id: part.id, label: part.label, amount: value, y: plotBottom - used - ph, height: ph });
    used += ph;
  }
  col.conflict = used > h + 1e-9;
  col.rest = col.conflict || h - used <= 0 ? null : { y: col.y, height: h - used };
  return col;
}

/** Columns per year for each stated total, with its parts and an "onbekend" rest. */
export function layoutNationalMoney(
  groups: TotalGroup[],
  first: number,
  last: number,
  width = 640,
  height = 300,
  scaleMax?: number,
): NationalLayout {
  const plotTop = 20;
  const plotBottom = height - 30;
  const count = Math.max(1, last - first + 1);
  const step = width / count;
  const years = Array.from({ length: count }, (_, i) => ({ year: first + i, x: i * step, width: step }));
  const notPlaced: MoneyAmount[] = [];
  const periodParts: MoneyAmount[] = [];
  const valid = (row: MoneyAmount) => {
    if (row.amount < 0) {
      notPlaced.push(row);
      return false;
    }
    return true;
  };
  const usable = groups.filter((g) => valid(g.total)).map((g) => ({ total: g.total, parts: g.parts.filter(valid) }));
  let max = 0;
  for (const g of usable) for (const y of years) max = Math.max(max, amountInYear(g.total, y.year) ?? 0);
  // Panels of one chart (the phone layout) share one scale, so equal amounts have equal heights.
  if (scaleMax !== undefined) max = Math.max(max, scaleMax);
  const linear = scaleLinear()
    .domain([0, max])
    .range([0, plotBottom - plotTop]);
  // Nothing to draw: every height is 0 (d3 would map a zero-width domain to the middle of the range).
  const scale = (v: number) => (max === 0 ? 0 : linear(v));
  const columns: NationalColumn[] = [];
  usable.forEach((g, gi) => {
    const colWidth = (step - 8) / usable.length;
    for (const y of years) {
      const col = yearColumn(g, y, { x: y.x + 4 + gi * colWidth, width: colWidth - 2 }, plotBottom, scale);
      if (col) columns.push(col);
    }
    for (const part of g.parts) {
      const placedSomewhere = years.some(
        (y) => amountInYear(part, y.year) !== null && amountInYear(g.total, y.year) !== null,
      );
      if (!placedSomewhere) periodParts.push(part);
    }
  });
  const ticks = max === 0 ? [] : niceTicks(max).map((value) => ({ value, y: plotBottom - scale(value) }));
  return { width, height, plotTop, plotBottom, ticks, years, columns, periodParts, notPlaced };
}

/**
 * Round tick values from 0 to at most `max`. d3 steps by 1, 2 or 5 times a power of ten; asking
 * for about three keeps the labels apart at a phone's 260 px height (150 mln: steps of 50 mln).
 */
export function niceTicks(max: number): number[] {
  return max <= 0 ? [0] : ticks(0, max, 3);
}
