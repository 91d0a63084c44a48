// The one rasteriser: every PNG the build draws (share cards and chart PNGs) goes through
// rasteriseSvg. Also loaded by Node itself inside the share-image workers (share-image-worker.ts),
// not by Vite: imports of project files therefore name their .ts extension, and only erasable
// TypeScript (no enums, no parameter properties) is used.
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { addPngText, encodeRgbaPng } from './png.ts';
import type { SiteFont } from './fonts.ts';

/**
 * Part of every cached image's key: change it when the drawing changes for the same input (a new
 * satori or resvg-js, another encoder). A unit test checks the package versions against node_modules.
 */
export const RENDERER_VERSION = 'satori 0.63.2; @resvg/resvg-js 2.6.2; png 1';

/** A satori element: plain data, so it can be posted to a worker. */
export type CardNode = {
  type: string;
  props: { style?: Record<string, unknown>; children?: CardNode | CardNode[] | string };
};

export interface RasterOptions {
  fitTo: { mode: 'width' | 'zoom'; value: number };
  /** TrueType fonts for text in the SVG; none when the text is already paths (satori). */
  fonts?: Buffer[];
  /**
   * 'resvg': resvg's own encoder (filtered rows, smaller files; chart PNGs). 'fast': zlib without
   * row filters (share cards, see encodeRgbaPng): over a thousand per national build.
   */
  encoder: 'resvg' | 'fast';
}

/**
 * SVG markup to PNG bytes. renderAsync, not `new Resvg().render()`: in resvg-js 2.6.2 the
 * synchronous path never frees its pixel buffer (measured: +3 MB of memory per share image, also
 * after garbage collection), and the async one rasterises on libuv's threads, off the main thread.
 */
export async function rasteriseSvg(svg: string, { fitTo, fonts, encoder }: RasterOptions): Promise<Buffer> {
  // fontBuffers works in resvg-js 2.6 but is missing from its type definitions.
  const font = fonts
    ? { loadSystemFonts: false, fontBuffers: fonts, defaultFontFamily: 'Noto Sans' }
    : { loadSystemFonts: false };
  const image = await renderAsync(svg, { fitTo, font } as unknown as ResvgRenderOptions);
  return encoder === 'resvg' ? Buffer.from(image.asPng()) : encodeRgbaPng(image.pixels, image.width, image.height);
}

/** What a worker is asked to draw: the card's element tree, its size, and the text to store in the PNG. */
export interface CardJob {
  tree: CardNode;
  width: number;
  height: number;
  keyword: string;
  text: string;
}

/**
 * Draws a card to a PNG and stores `text` in it under `keyword`. Satori turns the text into
 * paths, so resvg needs no fonts of its own.
 */
export async function drawCard({ tree, width, height, keyword, text }: CardJob, fonts: SiteFont[]): Promise<Buffer> {
  const satoriFonts = fonts.map((font) => ({
    name: 'Noto Sans',
    data: font.woff,
    weight: font.weight,
    style: 'normal' as const,
  }));
  const svg = await satori(tree as never, { width, height, fonts: satoriFonts });
  return addPngText(
    await rasteriseSvg(svg, { fitTo: { mode: 'width', value: width }, encoder: 'fast' }),
    keyword,
    text,
  );
}
