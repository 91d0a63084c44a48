import type { Lane, LanesLayout } from './layout';
import { layoutPeriodLanes, textWidth } from './layout';
import { NARROW_WIDTH, yearPanels } from '../shared/narrow';
import { panelLanes } from './panels';
import { esc, hatchDefs, r1, svgOpen } from '../shared/svg';
import { kindStyle } from '../shared/style';

/** Turns a period-lanes layout into standalone SVG markup (used in pages, downloads and the browser). */
export function renderLanesSvg(
  layout: LanesLayout,
  opts: { id: string; title: string; desc?: string; barIds?: boolean },
): string {
  const { id, barIds = true } = opts;
  const out: string[] = [];
  out.push(svgOpen({ id, title: opts.title, desc: opts.desc, width: layout.width, height: layout.height }));
  out.push(hatchDefs(`${id}-hatch`));
  for (const year of layout.years) {
    out.push(`<line x1="${r1(year.x)}" x2="${r1(year.x)}" y1="0" y2="${r1(layout.height)}" stroke="#d0d0d0"/>`);
    out.push(
      `<text x="${r1(year.x + year.width / 2)}" y="16" text-anchor="middle" font-weight="700" fill="#1b1b1b">${year.year}</text>`,
    );
  }
  for (const lane of layout.lanes) {
    out.push(`<g class="lane" data-lane="${esc(lane.key)}">`);
    out.push(`<line x1="0" x2="${layout.width}" y1="${r1(lane.y)}" y2="${r1(lane.y)}" stroke="#8a8a8a"/>`);
    const title = lane.titleLines
      .map((line, i) => (i === 0 ? esc(line) : `<tspan x="4" dy="15">${esc(line)}</tspan>`))
      .join('');
    out.push(`<text x="4" y="${r1(lane.y + 14)}" font-weight="700" fill="#1b1b1b">${title}</text>`);
    if (lane.empty)
      out.push(`<text x="4" y="${r1(lane.y + lane.titleHeight + 15)}" fill="#4a4a4a">${esc(lane.note)}</text>`);
    for (const bar of lane.bars) {
      const style = kindStyle(bar.kind);
      const fill = bar.missing ? `url(#${id}-hatch)` : style.fill;
      const dash = bar.span === 'periode' ? ' stroke-dasharray="6 3"' : '';
      out.push(
        `<g class="bar"${barIds ? ` data-id="${esc(bar.id)}"` : ''}><rect x="${r1(bar.x)}" y="${r1(bar.y)}" width="${r1(bar.width)}" height="${bar.height}" rx="2" fill="${fill}" stroke="${style.stroke}" stroke-width="1.5"${dash}/>`,
      );
      const text = bar.open ? `${bar.label} →` : bar.label;
      const textFill =
        bar.missing || bar.span === 'periode' ? ' paint-order="stroke" stroke="#fff" stroke-width="3"' : '';
      // A per-year label that does not fit its bar is squeezed to the bar, never run into the next year.
      const squeeze =
        bar.span === 'jaar' && textWidth(text) - 10 > bar.width - 8
          ? ` textLength="${r1(bar.width - 8)}" lengthAdjust="spacingAndGlyphs"`
          : '';
      out.push(
        `<text x="${r1(bar.textX)}" y="${r1(bar.y + 15)}" ${bar.textAnchor === 'end' ? ' text-anchor="end"' : ''} fill="#1b1b1b"${textFill}${squeeze}>${esc(text)}</text></g>`,
      );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}

/**
 * The phone drawing of a lanes chart: one SVG per year panel, each at the width it is shown. The
 * panels leave out what the wide drawing and the summary above them already carry (the bars' row
 * ids, the description): a page with 210 lines carried each twice (issue 22, weight at scale).
 */
export function renderNarrowLanesSvg(
  lanes: Lane[],
  first: number,
  last: number,
  opts: { id: string; title: string; desc: string },
): string {
  return yearPanels(first, last)
    .map(([from, to], i) =>
      renderLanesSvg(layoutPeriodLanes(panelLanes(lanes, from, to), from, to, NARROW_WIDTH), {
        id: `${opts.id}-n${i}`,
        title: `${opts.title}, ${from}-${to}`,
        barIds: false,
      }),
    )
    .join('');
}
