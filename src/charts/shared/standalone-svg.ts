import type { RowOf } from '../../data/schemas/tables';
import { esc, wrap } from './svg';

export { wrap };
import { ADDRESS, SITE } from '../../site/config';
import type { ChartSpec } from './chart-spec';
import { PREVIEW_LABEL } from '../../site/public-address';

/** A self-contained SVG file of a chart: title, summary, the chart, lines beside it and the source. */
export function standaloneSvg(spec: ChartSpec, bronnen: Map<string, RowOf<'bronnen'>>): string {
  const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(spec.svg);
  // A chart without viewBox (the comparison) is as wide as its frame: here it gets 640 px and its own height.
  const fluid = box ? null : /^<svg [^>]*width="100%" height="([\d.]+)"/.exec(spec.svg);
  const cw = box ? Number(box[3]) : 640;
  const ch = box ? Number(box[4]) : fluid ? Number(fluid[1]) : 300;
  const width = Math.max(640, cw) + 40;
  const chars = Math.floor((width - 40) / 6.6);
  const summary = wrap(spec.summary, chars);
  const asides = spec.aside.flatMap((a) => [a.heading, ...a.lines.map((l) => `• ${l}`)]).flatMap((l) => wrap(l, chars));
  const sources = wrap(
    `Bron: ${spec.bronIds.map((id) => bronnen.get(id)?.titel ?? id).join('; ')}. ${SITE.name}, ${ADDRESS.base ?? PREVIEW_LABEL}`,
    chars,
  );
  let y = 34;
  const out: string[] = [];
  out.push(`<text x="20" y="${y}" font-size="18" font-weight="700">${esc(spec.title)}</text>`);
  y += 8;
  for (const line of summary) out.push(`<text x="20" y="${(y += 18)}" font-size="13">${esc(line)}</text>`);
  y += 12;
  // The chart keeps its own viewBox; nested SVG places it without touching its coordinates.
  const inner = spec.svg
    .replace(/^<svg /, `<svg x="20" y="${y}" `)
    .replace(/ width="(?:[\d.]+|100%)" height="[\d.]+"/, ` width="${cw}" height="${ch}"`);
  out.push(inner);
  y += ch + 10;
  for (const line of asides) out.push(`<text x="20" y="${(y += 16)}" font-size="12">${esc(line)}</text>`);
  y += 8;
  for (const line of sources)
    out.push(`<text x="20" y="${(y += 16)}" font-size="11" fill="#4a4a4a">${esc(line)}</text>`);
  const height = y + 16;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="'Noto Sans', Arial, sans-serif" fill="#1b1b1b"><rect width="${width}" height="${height}" fill="#fff"/>${out.join('')}</svg>\n`;
}
