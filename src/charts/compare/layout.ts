/**
 * Where each bar of the comparison goes: rows of the amounts (./amounts.ts) placed one under the
 * other, with wrapped labels and the axis ticks, at sizes that keep text 12 px and more.
 */
import { ticks } from 'd3-array';
import { formatEuro } from '../../format/money';
import { wrap } from '../shared/svg';
import type { AmountGroup, AmountRow } from './amounts';
import { perInhabitantFormat } from './amounts';

/** Vertical sizes of the drawing, in pixels (text stays 12 px and more at every width). */
export const BARS = { legend: 44, axis: 26, heading: 28, line: 17, bar: 20, gap: 12, pad: 6 } as const;

/**
 * A label line longer than this many characters is split, so that it fits a phone screen of
 * 320 px at 12 px text (about 6.6 px a character) without being scaled down.
 */
export const LINE_CHARS = 42;

export interface PlacedRow extends AmountRow {
  /** Top of the row. */
  y: number;
  /** The text lines above the bar (or, without a bar, the lines that say why). */
  lines: { text: string; bold: boolean }[];
  /** Bar length as a share of the full width (0-1); null: no bar. */
  fraction: number | null;
}
export interface PlacedGroup extends AmountGroup {
  y: number;
  rows: PlacedRow[];
}
export interface BarsLayout {
  height: number;
  /** Where the bars start (below the legend and the scale). */
  top: number;
  /** Scale marks: value and position as a share of the width. */
  ticks: { value: number; fraction: number }[];
  groups: PlacedGroup[];
}

/** What a row says above its bar: who and which fase, and what the amount covers; on two lines when long. */
function labelLines(row: AmountRow): PlacedRow['lines'] {
  const head = `${row.what}, ${row.covers}`;
  const lines = (head.length <= LINE_CHARS ? [head] : [row.what, ...wrap(row.covers, LINE_CHARS)]).map((text) => ({
    text,
    bold: false,
  }));
  // The name in the source's words, at most two lines.
  if (row.name) {
    const named = wrap(`„${row.name}”`, LINE_CHARS);
    lines.push(
      ...named.slice(0, 2).map((text, i) => ({
        text: i === 1 && named.length > 2 ? `${text.slice(0, LINE_CHARS - 2)} …` : text,
        bold: false,
      })),
    );
  }
  if (row.value !== null) return lines;
  // Without a bar the amount is said in words, with the reason.
  const said = `${row.valueText}: ${row.note}`;
  return [
    ...lines,
    ...(said.length <= LINE_CHARS
      ? [{ text: said, bold: true }]
      : [
          { text: `${row.valueText}:`, bold: true },
          ...wrap(row.note ?? '', LINE_CHARS).map((text) => ({ text, bold: true })),
        ]),
  ];
}

/**
 * Places the groups top to bottom. The scale runs from 0 to a round number at or above the
 * largest value in the chart, the same for every gemeente; positions are fractions of the width,
 * so the drawing can take whatever width the screen has while its text keeps its size.
 */
export function layoutBars(groups: AmountGroup[]): BarsLayout {
  const values = groups.flatMap((g) => g.rows.map((r) => r.value)).filter((v): v is number => v !== null && v > 0);
  const max = values.length ? Math.max(...values) : 1;
  // Three or four round marks fit a phone's width; the scale ends on the first mark at or above the maximum.
  const first = ticks(0, max, 3);
  const step = first.length > 1 ? first[1] - first[0] : max;
  const end = Math.ceil(max / step - 1e-9) * step;
  const marks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => i * step);
  const top = BARS.legend + BARS.axis;
  let y = top;
  const placed = groups.map((group): PlacedGroup => {
    const start = y;
    y += BARS.heading;
    const rows = group.rows.map((row): PlacedRow => {
      const at = y;
      const lines = labelLines(row);
      y += lines.length * BARS.line + (row.value === null ? 0 : BARS.bar + 2) + BARS.gap;
      return { ...row, y: at, lines, fraction: row.value === null ? null : Math.max(0, row.value) / end };
    });
    if (group.empty) y += BARS.line + BARS.gap;
    y += BARS.pad;
    return { ...group, y: start, rows };
  });
  return {
    height: y,
    top,
    ticks: marks.filter((m) => m <= end).map((value) => ({ value, fraction: value / end })),
    groups: placed,
  };
}

/** A scale mark as text: "€ 0", "€ 2 mln", "€ 500.000", or per inhabitant "€ 0,50". */
export function tickText(value: number, perInhabitant: boolean): string {
  if (perInhabitant) return perInhabitantFormat.format(value);
  if (value >= 1_000_000)
    return `€ ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value / 1_000_000)} mln`;
  return formatEuro(value);
}
