/**
 * Layout for a decision timeline. Dates may be partial ("2024" or "2024-05"): such an event is
 * drawn as a span over the month or year it could fall in, never as a made-up day.
 */
import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface TimelineEvent {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  label: string;
  kind: string;
}
export interface PlacedEvent extends TimelineEvent {
  x: number;
  x2: number;
  row: number;
  y: number;
  precision: 'dag' | 'maand' | 'jaar';
}
export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: { year: number; x: number }[];
  events: PlacedEvent[];
}

const ROW = 34;
const TOP = 14;

/** Start and end of a (partial) date as fractional years. */
export function dateSpan(date: string): { start: number; end: number; precision: PlacedEvent['precision'] } {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || Number.isNaN(m)) return { start: y, end: y + 1, precision: 'jaar' };
  const monthStart = y + (m - 1) / 12;
  if (d === undefined || Number.isNaN(d)) return { start: monthStart, end: monthStart + 1 / 12, precision: 'maand' };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const at = monthStart + (d - 1) / days / 12;
  return { start: at, end: at, precision: 'dag' };
}

/** Places events on a year axis from `first` to `last` (inclusive); events close together go to separate rows. */
export function layoutTimeline(
  events: TimelineEvent[],
  first: number,
  last: number,
  width = 640,
  minGap = 150,
): TimelineLayout {
  const span = Math.max(1, last - first + 1);
  const x = scaleLinear()
    .domain([first, first + span])
    .range([0, width]);
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  const rowEnds: number[] = [];
  const placed = sorted.map((event) => {
    const { start, end, precision } = dateSpan(event.date);
    const x1 = Math.max(0, Math.min(width, x(start)));
    const x2 = Math.max(x1, Math.min(width, x(end)));
    let row = rowEnds.findIndex((endX) => x1 - endX >= minGap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(x1);
    } else rowEnds[row] = x1;
    return { ...event, x: x1, x2, row, y: 0, precision };
  });
  const rows = Math.max(1, rowEnds.length);
  const axisY = TOP + rows * ROW + 6;
  for (const event of placed) event.y = TOP + event.row * ROW;
  const ticks = range(first, first + span + 1).map((year) => ({ year, x: x(year) }));
  return { width, height: axisY + 24, axisY, ticks, events: placed };
}
