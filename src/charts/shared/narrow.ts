/**
 * The phone layout of the year charts. A 328 px frame (a 360 px screen less the page margins) is
 * too narrow for seven year columns with a readable label each, so the years are drawn in panels
 * of at most four, one below the other, each drawn at the width it is shown (text stays 12 px).
 */

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
