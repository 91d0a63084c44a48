// The one font loader for every image drawn at build time (share cards and chart PNGs): the site's
// own font, Noto Sans 400 and 700 from @fontsource/noto-sans. The files come in through Vite's
// `?inline` imports, so no path (and no working directory) is involved; the share-image workers,
// which Node loads without Vite, get these bytes from the main thread.
import { createHash } from 'node:crypto';
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?inline';
import { woffToSfnt } from './woff-to-sfnt';

/** One weight of the site font as WOFF 1.0 (what satori reads). */
export interface SiteFont {
  weight: 400 | 700;
  woff: Buffer;
}

function fromDataUrl(url: string): Buffer {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || !url.slice(0, comma).endsWith(';base64'))
    throw new Error('font import is not a base64 data URL');
  return Buffer.from(url.slice(comma + 1), 'base64');
}

let woff: SiteFont[] | null = null;
let sfnt: Buffer[] | null = null;
let digest: string | null = null;

/** The site font as WOFF, per weight. */
export function siteFonts(): SiteFont[] {
  woff ??= [
    { weight: 400, woff: fromDataUrl(regular) },
    { weight: 700, woff: fromDataUrl(bold) },
  ];
  return woff;
}

/** The same fonts as TrueType (what resvg reads), Buffers so that resvg-js's JSON options carry them. */
export function sfntFonts(): Buffer[] {
  sfnt ??= siteFonts().map((font) => Buffer.from(woffToSfnt(font.woff)));
  return sfnt;
}

/** A hash of the font bytes: part of every cached image's key, so a font update redraws them. */
export function fontDigest(): string {
  if (digest === null) {
    const hash = createHash('sha256');
    for (const font of siteFonts()) hash.update(`${font.weight}:${font.woff.length}:`).update(font.woff);
    digest = hash.digest('hex');
  }
  return digest;
}
