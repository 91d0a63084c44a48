import type { BarsLayout, PlacedRow } from './layout';
import { BARS, tickText } from './layout';
import { kindStyle } from '../shared/style';
import { esc, hatchDefs, r1, svgOpen } from '../shared/svg';

const pct = (fraction: number) => `${r1(fraction * 100)}%`;

/** The legend (what solid and hatched mean) and the one scale for every bar. */
function legendAndScale(layout: BarsLayout, id: string, perInhabitant: boolean): string[] {
  const out: string[] = [];
  // The hatch marks an amount for a whole period, in the legend and on the bars alike.
  out.push(hatchDefs(`${id}-periode`));
  out.push(
    `<rect x="0.5" y="4" width="26" height="14" fill="#cde3f6" stroke="#0b5394"/><text x="34" y="15">bedrag per jaar, of voor één jaar</text>`,
  );
  out.push(
    `<rect x="0.5" y="24" width="26" height="14" fill="url(#${id}-periode)" stroke="#1b1b1b" stroke-dasharray="4 2"/><text x="34" y="35">één bedrag voor meer jaren samen</text>`,
  );
  const axisY = BARS.legend + 14;
  for (const [i, tick] of layout.ticks.entries()) {
    const anchor = i === 0 ? 'start' : tick.fraction >= 0.999 ? 'end' : 'middle';
    out.push(
      `<line x1="${pct(tick.fraction)}" x2="${pct(tick.fraction)}" y1="${axisY + 6}" y2="${r1(layout.height)}" stroke="#d5d5d5"/>`,
    );
    out.push(
      `<text x="${pct(tick.fraction)}" y="${axisY}" text-anchor="${anchor}" fill="#4a4a4a">${esc(tickText(tick.value, perInhabitant))}</text>`,
    );
  }
  return out;
}

/** One amount: its label lines, and its bar with the value beside it or inside its end. */
function amountSvg(row: PlacedRow, id: string): string {
  const out = [`<g class="amount" data-id="${esc(row.id)}" data-basis="${row.basis}">`];
  row.lines.forEach((line, i) =>
    out.push(
      `<text x="0" y="${r1(row.y + 13 + i * BARS.line)}"${line.bold ? ' font-weight="700"' : ''}>${esc(line.text)}</text>`,
    ),
  );
  if (row.fraction !== null) {
    const barY = row.y + row.lines.length * BARS.line + 1;
    const style = kindStyle(row.kind === 'verschuiving' ? 'verschuiving-uit' : row.kind);
    const fill = row.basis === 'periode' ? `url(#${id}-periode)` : style.fill;
    const dash = row.basis === 'periode' ? ' stroke-dasharray="4 2"' : '';
    // A bar of a tiny amount still shows as a sliver, so "small" is never "nothing".
    out.push(
      `<rect x="0.5" y="${r1(barY)}" width="${pct(Math.max(row.fraction, 0.006))}" height="${BARS.bar}" fill="${fill}" stroke="${style.stroke}" stroke-width="1.5"${dash}/>`,
    );
    const inside = row.fraction > 0.5;
    out.push(
      `<text class="value" x="${pct(row.fraction)}" dx="${inside ? -6 : 6}" y="${r1(barY + 15)}" text-anchor="${inside ? 'end' : 'start'}" font-weight="700"${inside ? ' paint-order="stroke" stroke="#fff" stroke-width="4" stroke-linejoin="round"' : ''}>${esc(row.valueText)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

/**
 * The comparison as SVG. It has no viewBox: it is as wide as its frame and every position
 * across is a percentage, so text is drawn at 12-14 px on a phone and on a wide screen alike.
 * A value label sits beside its bar, or inside the bar's end when the bar is long.
 */
export function renderCompareSvg(
  layout: BarsLayout,
  opts: { id: string; title: string; desc: string; perInhabitant: boolean },
): string {
  const { id } = opts;
  const out: string[] = [
    svgOpen({
      id,
      title: opts.title,
      desc: opts.desc,
      width: '100%',
      height: layout.height,
      className: 'compare-svg',
      fill: '#1b1b1b',
    }),
  ];
  out.push(...legendAndScale(layout, id, opts.perInhabitant));
  for (const group of layout.groups) {
    out.push(`<g class="group" data-gemeente="${esc(group.slug)}">`);
    out.push(`<line x1="0" x2="100%" y1="${r1(group.y + 2)}" y2="${r1(group.y + 2)}" stroke="#8a8a8a"/>`);
    out.push(`<text x="0" y="${r1(group.y + 20)}" font-size="14" font-weight="700">${esc(group.naam)}</text>`);
    if (group.empty)
      out.push(`<text x="0" y="${r1(group.y + BARS.heading + 13)}" fill="#4a4a4a">${esc(group.empty)}</text>`);
    for (const row of group.rows) out.push(amountSvg(row, id));
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
