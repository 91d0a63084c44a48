// Runs inside the share-image worker (share-image-worker.ts), loaded by Node itself rather than by
// Vite: imports of project files therefore name their .ts extension, and only erasable TypeScript
// (no enums, no parameter properties) is used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { addPngText, encodeRgbaPng } from './png.ts';

/** A satori element: plain data, so it can be posted to a worker. */
export type CardNode = { type: string; props: { style?: Record<string, unknown>; children?: CardNode | CardNode[] | string } };

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | null = null;

// Satori reads .woff/.ttf/.otf, not .woff2. Resolved from the project root, where the build runs.
const loadFonts = (root: string): Font[] =>
  (fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(createRequire(join(root, 'package.json')).resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  })));

/** What a worker is asked to draw: the card's element tree, its size, and the text to store in the PNG. */
export interface CardJob {
  tree: CardNode;
  width: number;
  height: number;
  keyword: string;
  text: string;
  /** Project root, where the fonts are resolved. */
  root: string;
}

/**
 * Draws a card to a PNG and stores `text` in it under `keyword`. Satori turns the text into
 * paths, so resvg needs no fonts of its own.
 */
export async function rasteriseCard({ tree, width, height, keyword, text, root }: CardJob): Promise<Buffer> {
  const svg = await satori(tree as never, { width, height, fonts: loadFonts(root) });
  // renderAsync, not `new Resvg().render()`: in resvg-js 2.6.2 the synchronous path never frees
  // its 3 MB pixel buffer (measured: +3 MB of memory per image, also after garbage collection).
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  const png = encodeRgbaPng(image.pixels, image.width, image.height);
  return addPngText(png, keyword, text);
}
