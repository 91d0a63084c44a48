import type { NationalLayout } from './layout';
import { textWidth } from '../lanes/layout';
import { esc, hatchDefs, r1, svgOpen } from '../shared/svg';
import { kindStyle } from '../shared/style';

/** "€ 150 mln" for axis and column labels (the exact amounts are in the table). */
export function millions(amount: number): string {
  const m = amount / 1_000_000;
  return `€ ${m.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} mln`;
}

/** SVG markup for the national money columns. */
/** Whether a 12 px label fits inside a column; one that does not is left out, never cut (issue 22). */
const fits = (text: string, width: number) => textWidth(text) - 10 <= width - 2;

export function renderNationalSvg(layout: NationalLayout, opts: { id: string; title: string; desc: string }): string {
  const { id } = opts;
  const left = 62;
  const W = layout.width + left;
  const out = [
    svgOpen({ id, title: opts.title, desc: opts.desc, width: W, height: layout.height }),
    hatchDefs(`${id}-hatch`),
    `<g transform="translate(${left},0)">`,
  ];
  for (const tick of layout.ticks) {
    out.push(`<line x1="0" x2="${layout.width}" y1="${r1(tick.y)}" y2="${r1(tick.y)}" stroke="#d0d0d0"/>`);
    out.push(`<text x="-6" y="${r1(tick.y + 4)}" text-anchor="end" fill="#1b1b1b">${esc(millions(tick.value))}</text>`);
  }
  for (const y of layout.years)
    out.push(
      `<text x="${r1(y.x + y.width / 2)}" y="${layout.plotBottom + 18}" text-anchor="middle" font-weight="700" fill="#1b1b1b">${y.year}</text>`,
    );
  const part = kindStyle('deel');
  for (const col of layout.columns) {
    out.push(`<g class="column" data-year="${col.year}">`);
    if (col.rest) {
      out.push(
        `<rect x="${r1(col.x)}" y="${r1(col.rest.y)}" width="${r1(col.width)}" height="${r1(col.rest.height)}" fill="url(#${id}-hatch)"/>`,
      );
      if (col.rest.height > 20 && fits('onbekend', col.width))
        out.push(
          `<text x="${r1(col.x + col.width / 2)}" y="${r1(col.rest.y + col.rest.height / 2 + 4)}" text-anchor="middle" fill="#1b1b1b" paint-order="stroke" stroke="#fff" stroke-width="4">onbekend</text>`,
        );
    }
    for (const p of col.parts) {
      out.push(
        `<rect x="${r1(col.x)}" y="${r1(p.y)}" width="${r1(col.width)}" height="${r1(p.height)}" fill="${part.fill}" stroke="${part.stroke}"/>`,
      );
      if (p.height > 16 && fits(millions(p.amount), col.width))
        out.push(
          `<text x="${r1(col.x + col.width / 2)}" y="${r1(p.y + Math.min(p.height / 2 + 4, 16))}" text-anchor="middle" fill="#1b1b1b">${esc(millions(p.amount))}</text>`,
        );
    }
    out.push(
      `<rect x="${r1(col.x)}" y="${r1(col.y)}" width="${r1(col.width)}" height="${r1(col.height)}" fill="none" stroke="#1b1b1b" stroke-width="2"/>`,
    );
    out.push(
      `<text x="${r1(col.x + col.width / 2)}" y="${r1(col.y - 5)}" text-anchor="middle" font-weight="700" fill="#1b1b1b">${esc(millions(col.amount))}</text></g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}
