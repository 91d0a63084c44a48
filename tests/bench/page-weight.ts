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
  const heaviest = pages
    .map((file) => ({ file, html: readFileSync(file) }))
    .reduce((a, b) => (b.html.length > a.html.length ? b : a));
  const assets = [
    ...heaviest.html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g),
  ].map((match) => readFileSync(join(outDir, match[1])));
  const gz = (bytes: Buffer) => gzipSync(bytes).length;
  const total = gz(heaviest.html) + assets.reduce((sum, bytes) => sum + gz(bytes), 0);
  // What a page of that size costs in HTML: per fact row (spending line, allocation, shift), the
  // unit that makes a gemeente page grow (issue 22).
  const text = heaviest.html.toString('utf8');
  const rows = (text.match(/<tr id="(?:besteding|toekenning|verschuiving)-/g) ?? []).length;
  const perRow =
    rows > 0
      ? ` It has ${rows} fact rows: ${(heaviest.html.length / rows / 1024).toFixed(1)} KB of HTML raw and ${(gz(heaviest.html) / rows).toFixed(0)} bytes gzip per row, drawing and tables included.`
      : '';
  return `${name}: ${heaviest.file.slice(outDir.length)} HTML ${kb(heaviest.html.length)} raw / ${kb(gz(heaviest.html))} gzip; with ${assets.length} external CSS/JS files ${kb(total)} gzip (target ≤ 50 KB: ${total <= 50 * 1024 ? 'met' : 'NOT met'}).${perRow}`;
}
