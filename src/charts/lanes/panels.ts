/** The lanes of one year panel of the phone drawing (see shared/narrow.ts). */
import type { Lane, PeriodItem } from './layout';

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
    return {
      ...lane,
      note: dated ? `niets in ${from}-${to}` : lane.note,
      items: lane.items.map((i) => panelItem(i, from, to)),
    };
  });
}
