/**
 * The phone layout of the year charts. A 328 px frame (a 360 px screen less the page margins) is
 * too narrow for seven year columns with a readable label each, so the years are drawn in panels
 * of at most four, one below the other, each drawn at the width it is shown (text stays 12 px).
 */
import type { Lane, PeriodItem } from '../lanes/layout';

/** Width of a chart in a 360 px screen: the frame is the screen less 2 × 16 px of page margin. */
export const NARROW_WIDTH = 328;

/** Consecutive year ranges of at most `per` years covering `first`..`last`, the last one never shorter than the others by more than one. */
export function yearPanels(first: number, last: number, per = 4): [number, number][] {
  const count = Math.max(1, last - first + 1);
  const panels = Math.ceil(count / per);
  const size = Math.ceil(count / panels);
  const out: [number, number][] = [];
  for (let from = first; from <= last; from += size) out.push([from, Math.min(last, from + size - 1)]);
  return out;
}

/**
 * An item as drawn in the panel `from`..`to`. A period amount that runs on into another panel keeps
 * its one label and says where it continues, so it is never read as a second amount.
 */
export function panelItem(item: PeriodItem, from: number, to: number): PeriodItem {
  if (item.per === 'jaar' || item.from === null) return item;
  const end = item.to ?? Infinity;
  const before = item.from < from && end >= from;
  const after = end > to && item.from <= to;
  if (!before && !after) return item;
  return { ...item, label: `${before ? 'vervolg: ' : ''}${item.label}${after ? ' →' : ''}` };
}

/** The lanes of one panel; a lane with nothing in these years says so for these years only. */
export function panelLanes(lanes: Lane[], from: number, to: number): Lane[] {
  return lanes.map((lane) => {
    const dated = lane.items.some((i) => i.from !== null);
    return { ...lane, note: dated ? `niets in ${from}-${to}` : lane.note, items: lane.items.map((i) => panelItem(i, from, to)) };
  });
}

/** Splits a label into lines of at most `chars` characters at spaces (a longer word gets its own line). */
export function wrapLabel(label: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
