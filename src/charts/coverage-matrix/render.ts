import type { MatrixLayout } from './layout';
import { esc, r1, svgOpen } from '../shared/svg';
import { COVERAGE_SYMBOL as SYMBOL } from '../shared/symbols';
import { kindStyle } from '../shared/style';

/** SVG markup for the coverage matrix; each cell has a symbol as well as a colour. */
export function renderMatrixSvg(layout: MatrixLayout, opts: { id: string; title: string; desc: string }): string {
  const { id } = opts;
  const out = [svgOpen({ id, title: opts.title, desc: opts.desc, width: layout.width, height: layout.height })];
  for (const c of layout.columns)
    out.push(
      `<text x="${r1(c.x + c.width / 2)}" y="16" text-anchor="middle" font-weight="700" fill="#1b1b1b">${esc(c.label)}</text>`,
    );
  const cw = layout.columns[0]?.width ?? 0;
  for (const row of layout.rows) {
    out.push(
      `<g class="matrix-row" data-key="${esc(row.key)}"><text x="0" y="${r1(row.y + 15)}" fill="#1b1b1b">${esc(row.label)}</text>`,
    );
    for (const cell of row.cells) {
      const style = cell.level ? kindStyle(cell.level) : { fill: '#ffffff', stroke: '#c8c8c8' };
      out.push(
        `<rect x="${r1(cell.x + 1)}" y="${r1(row.y + 1)}" width="${r1(cw - 2)}" height="${layout.cellHeight - 2}" fill="${style.fill}" stroke="${style.stroke}"/>`,
      );
      if (cell.level)
        out.push(
          `<text x="${r1(cell.x + cw / 2)}" y="${r1(row.y + 15)}" text-anchor="middle" fill="${cell.level === 'bedragen' ? '#ffffff' : '#1b1b1b'}">${SYMBOL[cell.level]}</text>`,
        );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
