// The heaviest gemeente page of a synthetic build, read from disk (no browser).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './build.ts';

/**
 * The weight of the heaviest gemeente page of a synthetic build, read from disk: with every
 * gemeente reporting for seven years, does a page stay within the page-weight target?
 */
export function heaviestGemeentePage(name: string, outDir: string): string {
  const folder = join(outDir, 'gemeenten');
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name, 'index.html'))
    .filter((file) => existsSync(file));
  const heaviest = pages.map((file) => ({ file, html: readFileSync(file) })).reduce((a, b) => (b.html.length > a.html.length ? b : a));
  const assets = [...heaviest.html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((match) => readFileSync(join(outDir, match[1])));
  const gz = (bytes: Buffer) => gzipSync(bytes).length;
  const total = gz(heaviest.html) + assets.reduce((sum, bytes) => sum + gz(bytes), 0);
  return `${name}: ${heaviest.file.slice(outDir.length)} HTML ${kb(heaviest.html.length)} raw / ${kb(gz(heaviest.html))} gzip; with ${assets.length} external CSS/JS files ${kb(total)} gzip (target ≤ 50 KB).`;
}
