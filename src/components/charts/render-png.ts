import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { woffToSfnt } from '../../lib/charts/woff-to-sfnt';

let fonts: Buffer[] | null = null;

/** The site's font (Noto Sans 400 and 700, from @fontsource/noto-sans) as TrueType buffers. */
function loadFonts(): Buffer[] {
  const require = createRequire(`${process.cwd()}/package.json`);
  fonts ??= ['400', '700'].map((w) => Buffer.from(woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff`)))));
  return fonts;
}

/** Renders SVG markup to PNG at build time (twice the SVG size, for sharp text). */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  // fontBuffers works in resvg-js 2.6 but is missing from its type definitions.
  const options = { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false, fontBuffers: loadFonts(), defaultFontFamily: 'Noto Sans' } } as unknown as ResvgRenderOptions;
  const resvg = new Resvg(svg, options);
  return new Uint8Array(resvg.render().asPng());
}
