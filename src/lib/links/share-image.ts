import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { ShareCard } from './share-facts';

/** PNG text chunk keyword under which the image carries the facts it shows (tests read it back). */
export const FACTS_KEYWORD = 'pok-facts';
export const WIDTH = 1200;
export const HEIGHT = 630;

// Satori reads .woff/.ttf/.otf, not .woff2. Resolved from the project root, where the build runs.
const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
const loadFonts = () =>
  (fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  })));

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, children } });
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The card as a satori element tree: site name, kicker, title, facts, footer with the page address. */
function layout(card: ShareCard, siteName: string, footer: string): Node {
  const facts = card.facts.map((f) =>
    el('div', { display: 'flex', flexDirection: 'column', marginBottom: 18 }, [
      el('div', { fontSize: 24, color: '#4a4a4a' }, clip(f.label, 70)),
      el('div', { fontSize: 34, fontWeight: 700, color: '#1b1b1b' }, clip(f.value, 60)),
    ]),
  );
  return el('div', { width: WIDTH, height: HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto Sans', borderTop: '18px solid #0b5394', padding: '32px 60px 36px' }, [
    el('div', { fontSize: 28, color: '#0b5394', fontWeight: 700 }, siteName),
    el('div', { fontSize: 26, color: '#4a4a4a', marginTop: 18 }, clip(card.kicker, 80)),
    el('div', { fontSize: card.title.length > 45 ? 42 : 60, fontWeight: 700, color: '#1b1b1b', marginBottom: 24, lineHeight: 1.15 }, clip(card.title, 110)),
    el('div', { display: 'flex', flexDirection: 'column' }, facts),
    el('div', { display: 'flex', fontSize: 22, color: '#4a4a4a', marginTop: 'auto' }, footer),
  ]);
}

/** Adds an iTXt chunk (UTF-8 text) just before the PNG's IEND chunk. */
export function addPngText(png: Uint8Array, keyword: string, text: string): Buffer {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const type = Buffer.from('iTXt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  const buffer = Buffer.from(png);
  const iend = buffer.length - 12;
  return Buffer.concat([buffer.subarray(0, iend), length, type, data, crc, buffer.subarray(iend)]);
}

/** Reads an iTXt chunk back from a PNG, or null when it has none with that keyword. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  const buffer = Buffer.from(png);
  for (let at = 8; at + 8 <= buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = buffer.subarray(at + 8, at + 8 + length);
      const end = data.indexOf(0);
      if (data.toString('latin1', 0, end) === keyword) {
        // Skip compression flag, method, and the empty language tag and translated keyword.
        let textStart = end + 3;
        textStart = data.indexOf(0, textStart) + 1;
        textStart = data.indexOf(0, textStart) + 1;
        return data.toString('utf8', textStart);
      }
    }
    at += 12 + length;
  }
  return null;
}

/** Renders a share card to a 1200 × 630 PNG that carries its own facts as JSON in a text chunk. */
export async function renderShareImage(card: ShareCard, siteName: string, footer: string): Promise<Buffer> {
  const svg = await satori(layout(card, siteName, footer) as never, { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
  // Rasterising is most of the cost; renderAsync runs it off the main thread, so with Astro's
  // build.concurrency several images are drawn at once on the machine's cores.
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: WIDTH } })).asPng();
  return addPngText(png, FACTS_KEYWORD, JSON.stringify(card));
}
