/**
 * The code a reader copies to put a chart on another site: an iframe with a sensible height, and
 * an optional script that lets the frame grow or shrink with the chart. One function per piece,
 * so the page that offers the code and the tests read the same text.
 */
import type { ChartSpec } from '../charts/shared/chart-spec';

/** The message an embed page sends its parent window when its height changes. */
export const RESIZE_MESSAGE = 'pok-embed-hoogte';

/**
 * Width the starting height is reckoned for: a typical article column, wide enough for the wide
 * drawing (below 40rem the page shows the taller phone drawing, and the optional script helps).
 */
const FRAME_WIDTH = 720;
/** The embed page's side padding (embed.css) and the widest a drawing is shown (chart.css, 48rem). */
const PADDING = 16;
const DRAWING_MAX = 768;
/** Characters per line of body text at that width, and line heights in px. */
const CHARS = 86;
const LINE = 26;
const SMALL_LINE = 22;

const lines = (text: string, chars = CHARS) => Math.max(1, Math.ceil(text.length / chars));

/** The drawing's height when shown FRAME_WIDTH wide, from its viewBox (or its own height for the fluid comparison). */
function drawingHeight(svg: string): number {
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) return Number(/^<svg [^>]*height="([\d.]+)"/.exec(svg)?.[1] ?? 300);
  const [width, height] = [Number(box[1]), Number(box[2])];
  const maxWidth = /class="[^"]*map-svg/.test(svg) ? 576 : DRAWING_MAX;
  const shown = Math.min(FRAME_WIDTH - 2 * PADDING, maxWidth, width * 4);
  return (height * shown) / width;
}

/**
 * A starting height in px for the iframe: title, summary, drawing, the lines beside it, the
 * source line, the closed table and the footer. Rounded up to 10 px. The optional script then
 * sets the real height; without it a slightly tall frame is better than one that cuts the chart.
 */
export function embedHeight(spec: Pick<ChartSpec, 'title' | 'summary' | 'svg' | 'aside' | 'bronIds'>): number {
  const title = lines(spec.title, 48) * 34 + 12;
  const summary = lines(spec.summary) * LINE + 16;
  const aside = spec.aside.reduce(
    (sum, block) => sum + 24 + LINE * (1 + block.lines.reduce((n, line) => n + lines(line), 0)),
    0,
  );
  const source = (spec.bronIds.length > 0 ? 1 + Math.ceil(spec.bronIds.length / 2) : 0) * SMALL_LINE + 12;
  const tableAndFooter = 40 + 2 * SMALL_LINE + 70;
  return Math.ceil((title + summary + drawingHeight(spec.svg) + 16 + aside + source + tableAndFooter) / 10) * 10;
}

/** Escapes text for an HTML attribute inside the copied code. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe to paste: its address, a title for screen readers, full width up to 48rem, and the starting height. */
export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:48rem" loading="lazy"></iframe>`;
}

/**
 * The optional script, pasted once per page: it sets the height of the frame that sent the
 * message, and only for messages from the site's own origin (no other page can resize a frame).
 */
export function resizeCode(origin: string): string {
  return `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${RESIZE_MESSAGE}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`;
}
