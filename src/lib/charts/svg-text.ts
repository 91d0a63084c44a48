/** Escapes text for use inside SVG/HTML markup and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds a coordinate to one decimal so the SVG stays small and stable between builds. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}
