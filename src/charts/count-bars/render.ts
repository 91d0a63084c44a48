import { esc, r1, svgOpen, wrap } from '../shared/svg';
import type { PlacedCount } from './layout';
import { NARROW_WIDTH } from '../shared/narrow';

/** SVG markup for count bars on a base track. */
export function renderCountSvg(
  layout: { width: number; height: number; rows: PlacedCount[] },
  opts: { id: string; title: string; desc: string },
): string {
  const { id } = opts;
  const out = [svgOpen({ id, title: opts.title, desc: opts.desc, width: layout.width, height: layout.height })];
  for (const row of layout.rows) {
    out.push(
      `<g class="count" data-key="${esc(row.key)}"><text x="0" y="${row.y + 13}" fill="#1b1b1b">${esc(row.label)}: <tspan font-weight="700">${esc(row.text)}</tspan></text>`,
    );
    out.push(
      `<rect x="0" y="${row.y + 19}" width="${r1(row.trackWidth)}" height="14" fill="#f3f4f6" stroke="#8a8a8a"/>`,
    );
    if (row.barWidth > 0)
      out.push(`<rect x="0" y="${row.y + 19}" width="${r1(row.barWidth)}" height="14" fill="#0b5394"/>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}

/** The phone drawing of count bars: each label in lines of the frame's width, its bar below it. */
export function renderNarrowCountSvg(rows: PlacedCount[], opts: { id: string; title: string; desc: string }): string {
  const width = NARROW_WIDTH;
  const body: string[] = [];
  let y = 0;
  for (const row of rows) {
    const lines = wrap(`${row.label}:`, 44);
    const scale = row.trackWidth > 0 ? width / row.trackWidth : 0;
    const text = lines.map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : 15}">${esc(line)}</tspan>`).join('');
    body.push(
      `<g class="count" data-key="${esc(row.key)}"><text x="0" y="${y + 13}" fill="#1b1b1b">${text}<tspan x="0" dy="15" font-weight="700">${esc(row.text)}</tspan></text>`,
    );
    const top = y + 13 + lines.length * 15 + 6;
    body.push(`<rect x="0" y="${top}" width="${width}" height="14" fill="#f3f4f6" stroke="#8a8a8a"/>`);
    if (row.barWidth > 0)
      body.push(`<rect x="0" y="${top}" width="${r1(Math.max(2, row.barWidth * scale))}" height="14" fill="#0b5394"/>`);
    body.push('</g>');
    y = top + 26;
  }
  return [svgOpen({ id: opts.id, title: opts.title, desc: opts.desc, width, height: y }), ...body, '</svg>'].join('');
}
