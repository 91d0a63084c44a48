import type { TimelineLayout } from './layout';
import { esc, r1, svgOpen, wrap } from '../shared/svg';
import { kindStyle } from '../shared/style';
import { textWidth } from '../lanes/layout';

/** A label on as few lines as fit `width` (words kept whole). */
function labelLines(label: string, width: number): string[] {
  const full = textWidth(label) - 10;
  if (full <= width) return [label];
  const chars = Math.max(8, Math.floor((label.length * width) / full));
  return wrap(label, chars);
}

/** SVG markup for a decision timeline (the links to each decision are in the table beside it). */
export function renderTimelineSvg(layout: TimelineLayout, opts: { id: string; title: string; desc: string }): string {
  const { id } = opts;
  const w = layout.width;
  const out = [
    svgOpen({ id, title: opts.title, desc: opts.desc, width: w + 20, height: layout.height, viewX: -10 }),
    `<line x1="0" x2="${w}" y1="${r1(layout.axisY)}" y2="${r1(layout.axisY)}" stroke="#1b1b1b"/>`,
  ];
  for (const tick of layout.ticks) {
    out.push(
      `<line x1="${r1(tick.x)}" x2="${r1(tick.x)}" y1="${r1(layout.axisY)}" y2="${r1(layout.axisY + 5)}" stroke="#1b1b1b"/>`,
    );
    if (tick.x < w)
      out.push(`<text x="${r1(tick.x + 3)}" y="${r1(layout.axisY + 18)}" fill="#1b1b1b">${tick.year}</text>`);
  }
  for (const e of layout.events) {
    const style = kindStyle(e.kind);
    // Labels stay inside the drawing (x from -10 to w + 10): right of the event where they fit,
    // else left of it, else shifted left just enough (narrow charts with long labels).
    // A label wider than the whole drawing is wrapped onto lines above its stem (issue 22: no label is cut).
    const lines = labelLines(e.label, w + 20);
    const lw = Math.max(...lines.map((line) => textWidth(line))) - 10;
    const fitsRight = e.x + 6 + lw <= w + 10;
    const fitsLeft = e.x - 6 - lw >= -10;
    const anchor = fitsLeft && (e.x > w * 0.6 || !fitsRight) ? 'end' : 'start';
    const tx = anchor === 'end' ? e.x - 6 : fitsRight ? e.x + 6 : Math.max(-10, w + 10 - lw);
    out.push(`<g class="event" data-id="${esc(e.id)}">`);
    out.push(`<line x1="${r1(e.x)}" x2="${r1(e.x)}" y1="${r1(e.y + 18)}" y2="${r1(layout.axisY)}" stroke="#8a8a8a"/>`);
    if (e.precision === 'dag')
      out.push(
        `<circle cx="${r1(e.x)}" cy="${r1(layout.axisY)}" r="5" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
      );
    else
      out.push(
        `<rect x="${r1(e.x)}" y="${r1(layout.axisY - 5)}" width="${r1(Math.max(2, e.x2 - e.x))}" height="10" fill="${style.fill}" stroke="${style.stroke}"/>`,
      );
    // A space ends each line but the last, so the text reads (and copies) as one sentence.
    const spans = lines
      .map(
        (line, i) =>
          `<tspan x="${r1(tx)}" y="${r1(e.y + 14 - (lines.length - 1 - i) * 13)}">${esc(line)}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
      )
      .join('');
    out.push(`<text text-anchor="${anchor}" fill="#1b1b1b">${spans}</text></g>`);
  }
  out.push('</svg>');
  return out.join('');
}
