/** The SVG primitives every chart shares: escaping, rounding, wrapping, the root with its title and desc, the hatch. */

import { escapeXml } from '../../format/xml';

/** The one escape of the site (format/xml.ts), under the short name the chart code uses. */
export const esc = escapeXml;

/** Rounds a coordinate to one decimal so the SVG stays small and stable between builds. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Splits text into lines of at most `max` characters at spaces (a longer word gets its own line).
 * A no-break space ("€ 2.932.000") never breaks. Empty text gives no lines.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** No-break spaces (from the Dutch money format) as plain spaces, for summaries, desc and CSV cells. */
export const plain = (text: string) => text.replace(/\u00a0/g, ' ');

export const FONT_FAMILY = "'Noto Sans', Arial, sans-serif";

export interface SvgRoot {
  /** Prefix of the title and desc ids (`{id}-t`, `{id}-d`); unique on the page. */
  id: string;
  title: string;
  /** Left out for a map: its links name every shape, a desc would repeat the summary beside it. */
  desc?: string;
  /** A number, or '100%' for a chart as wide as its frame (no viewBox: positions are percentages). */
  width: number | '100%';
  height: number;
  /** x and width of the viewBox when it does not start at 0 (the timeline's labels run 10 px past each end). */
  viewX?: number;
  className?: string;
  /** 'group' for a map, whose shapes are links a reader must reach; otherwise one image. */
  role?: 'img' | 'group';
  /** Font size and text colour on the root; null leaves them to each element. */
  fontSize?: number | null;
  fill?: string;
}

/** The opening of a chart's SVG: the root element (with its accessible name) and its title and desc. */
export function svgOpen(o: SvgRoot): string {
  const height = r1(o.height);
  const box = o.width === '100%' ? '' : ` viewBox="${o.viewX ?? 0} 0 ${o.width} ${height}"`;
  const labelled = o.desc === undefined ? `${o.id}-t` : `${o.id}-t ${o.id}-d`;
  const font = o.fontSize === null ? '' : ` font-size="${o.fontSize ?? 12}"`;
  const fill = o.fill ? ` fill="${o.fill}"` : '';
  const desc = o.desc === undefined ? '' : `<desc id="${o.id}-d">${esc(o.desc)}</desc>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${box} width="${o.width}" height="${height}" role="${o.role ?? 'img'}" aria-labelledby="${labelled}" class="${o.className ?? 'chart-svg'}" font-family="${FONT_FAMILY}"${font}${fill}>` +
    `<title id="${o.id}-t">${esc(o.title)}</title>${desc}`
  );
}

/**
 * SVG <defs> with the one hatch of the site: "niet gemeld" in the year charts, "one amount for
 * several years" in the comparison, "onbekend" on the maps. A pattern, not a colour, so it reads
 * in grey print too; its #6b6b6b lines keep 5:1 against white (a lighter grey fell below the 3:1
 * that graphics need). `name` is the pattern's id.
 */
export function hatchDefs(name: string): string {
  return `<defs><pattern id="${name}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#6b6b6b" stroke-width="2"/></pattern></defs>`;
}
