/**
 * Layout for counts of gemeenten against a named base ("3 van 342 gemeenten"). Bars are drawn
 * on a track as long as the base, so a small count looks small.
 */
export interface CountItem {
  key: string;
  label: string;
  count: number;
}
export interface PlacedCount extends CountItem {
  y: number;
  barWidth: number;
  trackWidth: number;
  text: string;
}

const ROW = 44;

/** One bar per item on a track of `base` gemeenten; negative counts are treated as 0. */
export function layoutCountBars(
  items: CountItem[],
  base: number,
  width = 640,
): { width: number; height: number; rows: PlacedCount[] } {
  const rows = items.map((item, i) => {
    const count = Math.max(0, item.count);
    const share = base > 0 ? Math.min(1, count / base) : 0;
    // A count above zero stays visible (2 px), so "1 van 342" is not drawn as nothing.
    const barWidth = count > 0 ? Math.max(2, share * width) : 0;
    return { ...item, count, y: i * ROW, barWidth, trackWidth: width, text: `${count} van ${base} gemeenten` };
  });
  return { width, height: Math.max(ROW, rows.length * ROW), rows };
}
