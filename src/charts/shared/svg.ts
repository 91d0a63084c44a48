/** Escapes text for use inside SVG/HTML markup and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds a coordinate to one decimal so the SVG stays small and stable between builds. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Splits text into lines of at most `max` characters at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
