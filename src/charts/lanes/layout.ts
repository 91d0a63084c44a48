/**
 * Layout for "period lanes": amounts placed on a year axis without ever adding them up.
 * An amount per year ('jaar') gets one bar in each year of its range; an amount for a whole
 * period ('totaal') gets one bar spanning its years; an amount whose years are not known cannot
 * be placed and is returned in `undated` so the chart lists it beside the axis ("jaar onbekend").
 * No d3 here: the same code runs at build time and in the compare view in the browser.
 */
import { wrap } from '../shared/svg';

/** One amount (or a line without amount) to place. */
export interface PeriodItem {
  id: string;
  from: number | null;
  to: number | null;
  per: 'jaar' | 'totaal' | null;
  /** `per` as the source gave it (null: not stated); for tables and downloads. */
  perBron?: 'jaar' | 'totaal' | null;
  /** Euros (may be negative: money moved out of a year); null = not reported. */
  amount: number | null;
  /** Text drawn on the bar, e.g. "€ 235.000" or "niet gemeld". */
  label: string;
  /** Style key: a fase, 'toekenning', 'verschuiving' … */
  kind: string;
  /** Years of a 'jaar' item that get their own label (per inhabitant: a value per year). */
  yearLabels?: Record<number, string>;
  /** Years of a 'jaar' item whose value cannot be given (e.g. no population): drawn hatched. */
  yearMissing?: Record<number, boolean>;
  /** Open-ended range ("vanaf 2022"): drawn to the last year with an arrow. */
  open?: boolean;
  /** What the amount is for (a spending line's maatregel), named where the item is listed beside the chart. */
  name?: string;
  /** Said in the chart's data table and download: an older document, years carried forward from "structureel". */
  note?: string;
}

export interface Lane {
  key: string;
  label: string;
  items: PeriodItem[];
  /** Said in the lane when nothing can be drawn, e.g. "geen bedragen bekend". */
  note?: string;
}

export interface PlacedBar {
  id: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** 'jaar': one year of a per-year amount; 'periode': one amount for the whole span. */
  span: 'jaar' | 'periode';
  /** Where the label starts (or ends, for labels near the right edge). */
  textX: number;
  textAnchor: 'start' | 'end';
  missing: boolean;
  negative: boolean;
  open: boolean;
}

export interface PlacedLane {
  key: string;
  label: string;
  /** The label in lines that fit the chart's width (bold 12 px), and the height they take. */
  titleLines: string[];
  titleHeight: number;
  y: number;
  height: number;
  bars: PlacedBar[];
  empty: boolean;
  note: string;
}

export interface LanesLayout {
  width: number;
  height: number;
  years: { year: number; x: number; width: number }[];
  lanes: PlacedLane[];
  /** Items with unknown years, or lying wholly outside the axis: listed beside the chart. */
  undated: (PeriodItem & { lane: string; reason: 'jaar onbekend' | 'buiten de gekozen jaren' })[];
}

export const LANE = { title: 18, bar: 22, gap: 4, pad: 10, axis: 24 } as const;

/** The year axis of a layout: `first`..`last` across `width` pixels. */
interface Axis {
  first: number;
  last: number;
  step: number;
  width: number;
}

/** Why an item cannot be drawn on the axis, or its first and last drawn year. */
function itemSpan(
  item: PeriodItem,
  axis: Axis,
): { reason: 'jaar onbekend' | 'buiten de gekozen jaren' } | { from: number; end: number } {
  if (item.from === null) return { reason: 'jaar onbekend' };
  // An open range without a per-year amount cannot be placed honestly on the axis.
  if (item.to === null && item.per !== 'jaar') return { reason: 'jaar onbekend' };
  const from = Math.max(item.from, axis.first);
  const end = Math.min(item.to ?? axis.last, axis.last);
  return from > end ? { reason: 'buiten de gekozen jaren' } : { from, end };
}

/** The bars of one item: one per year of a per-year amount, one across the span of a period amount. */
function itemBars(
  item: PeriodItem,
  from: number,
  end: number,
  axis: Axis,
  rows: [number, number][][],
  top: number,
): PlacedBar[] {
  const { first, step, width } = axis;
  // Reserve room for the label too (in pixels), so a label never runs over another bar.
  const x0 = (from - first) * step + 2;
  const x1 = (end - first + 1) * step - 2;
  const need = Math.max(x1 - x0, item.per === 'jaar' ? 0 : textWidth(item.label));
  const anchorEnd = item.per !== 'jaar' && x0 + need > width;
  const row = anchorEnd ? firstFreeRow(rows, x1 - need, x1) : firstFreeRow(rows, x0, x0 + need);
  const base = {
    id: item.id,
    kind: item.kind,
    y: top + row * (LANE.bar + LANE.gap),
    height: LANE.bar,
    missing: item.amount === null,
    negative: (item.amount ?? 0) < 0,
    open: item.to === null || item.open === true,
  };
  if (item.per !== 'jaar')
    return [
      {
        ...base,
        x: x0,
        width: x1 - x0,
        label: item.label,
        span: 'periode',
        textX: anchorEnd ? x1 - 4 : x0 + 4,
        textAnchor: anchorEnd ? 'end' : 'start',
      },
    ];
  const bars: PlacedBar[] = [];
  for (let year = from; year <= end; year++) {
    const x = (year - first) * step;
    bars.push({
      ...base,
      missing: base.missing || item.yearMissing?.[year] === true,
      x: x + 2,
      width: step - 4,
      label: item.yearLabels?.[year] ?? item.label,
      span: 'jaar',
      textX: x + 6,
      textAnchor: 'start',
    });
  }
  return bars;
}

/** Places items of each lane on a year axis from `first` to `last`; overlapping bars get their own row. */
export function layoutPeriodLanes(lanes: Lane[], first: number, last: number, width = 760): LanesLayout {
  const count = Math.max(1, last - first + 1);
  const axis: Axis = { first, last, step: width / count, width };
  const years = Array.from({ length: count }, (_, i) => ({ year: first + i, x: i * axis.step, width: axis.step }));
  const undated: LanesLayout['undated'] = [];
  let y = LANE.axis;
  const placed: PlacedLane[] = lanes.map((lane) => {
    const rows: [number, number][][] = [];
    const bars: PlacedBar[] = [];
    const titleLines = wrap(lane.label, Math.floor((width - 8) / 7));
    const titleHeight = LANE.title + Math.max(0, titleLines.length - 1) * 15;
    for (const item of lane.items) {
      const span = itemSpan(item, axis);
      if ('reason' in span) undated.push({ ...item, lane: lane.label, reason: span.reason });
      else bars.push(...itemBars(item, span.from, span.end, axis, rows, y + titleHeight));
    }
    const height = titleHeight + Math.max(1, rows.length) * (LANE.bar + LANE.gap) + LANE.pad;
    const result = {
      key: lane.key,
      label: lane.label,
      titleLines,
      titleHeight,
      y,
      height,
      bars,
      empty: bars.length === 0,
      note: lane.note ?? 'geen bedrag met een bekend jaar',
    };
    y += height;
    return result;
  });
  return { width, height: y, years, lanes: placed, undated };
}

/** Rough width of a label at 12 px (the SVG has no text measuring at build time). */
export function textWidth(label: string): number {
  return label.length * 6.6 + 10;
}

function firstFreeRow(rows: [number, number][][], from: number, to: number): number {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].every(([a, b]) => to <= a || from >= b)) {
      rows[i].push([from, to]);
      return i;
    }
  }
  rows.push([[from, to]]);
  return rows.length - 1;
}
