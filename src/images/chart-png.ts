import { fontDigest, sfntFonts } from './fonts';
import type { ImageCache } from './image-cache';
import { RENDERER_VERSION, rasteriseSvg } from './rasterise';

/** Chart PNGs are drawn at twice the SVG's size, for sharp text. */
const ZOOM = 2;

/** Renders a chart's SVG markup to PNG at build time, with the site font for its text. */
export function renderChartPng(svg: string): Promise<Buffer> {
  return rasteriseSvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, fonts: sfntFonts(), encoder: 'resvg' });
}

/** The chart's PNG from the image cache, drawn only when this SVG was never drawn before. */
export function chartPng(svg: string, cache: ImageCache): Promise<Buffer> {
  return cache.through(['chart', RENDERER_VERSION, fontDigest(), String(ZOOM), svg], () => renderChartPng(svg));
}
