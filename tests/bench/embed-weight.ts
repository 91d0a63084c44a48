// The weight of every embed page (/embed/{chart}/), read from disk: the page HTML plus the CSS and
// JS files it links, gzip. An embed page goes into other sites' articles, so each must stay light.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './build.ts';

/** The target of issue 27: every embed page at most this many bytes, gzip. */
export const EMBED_TARGET_BYTES = 15 * 1024;

/** Bytes (gzip) of each embed page with the stylesheets and scripts it loads, heaviest first. */
export function embedWeights(outDir: string): { page: string; bytes: number }[] {
  const folder = join(outDir, 'embed');
  if (!existsSync(folder)) return [];
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => {
      const html = readFileSync(join(folder, entry.name, 'index.html'));
      const assets = [
        ...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g),
      ].map((m) => readFileSync(join(outDir, m[1])));
      return { page: `/embed/${entry.name}/`, bytes: gz(html) + assets.reduce((sum, bytes) => sum + gz(bytes), 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** One paragraph for the bench's output: how many embed pages, the median and the heaviest, and every page over the target. */
export function embedWeightReport(name: string, outDir: string): string {
  const weights = embedWeights(outDir);
  if (weights.length === 0) return `${name}: no embed pages built.`;
  const median = weights[Math.floor(weights.length / 2)].bytes;
  const over = weights.filter((w) => w.bytes > EMBED_TARGET_BYTES);
  // The heaviest few by name; at national scale hundreds of gemeente charts can be just over.
  const named = over
    .slice(0, 5)
    .map((w) => `${w.page} ${kb(w.bytes)}`)
    .join(', ');
  const verdict =
    over.length === 0
      ? 'all within the target'
      : `${over.length} over the target, heaviest: ${named}${over.length > 5 ? `, … (lightest over: ${kb(over[over.length - 1].bytes)})` : ''}`;
  return `${name}: ${weights.length} embed pages, median ${kb(median)}, heaviest ${weights[0].page} ${kb(weights[0].bytes)} gzip (target ≤ ${kb(EMBED_TARGET_BYTES)} each): ${verdict}.`;
}
