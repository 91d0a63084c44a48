/*
 * `npm run bench`: builds the site on SYNTHETIC data at two scales (34 and 342 gemeenten × 7 years
 * × 30 spending lines, 100 and 1 000 decisions with MDX bodies) and a floor (an Astro build of the
 * same number of trivial pages), rebuilds the national one warm, then measures the real site:
 * bytes per page type and Lighthouse. Everything is built in temporary folders; nothing is
 * written into the project. Ends with one machine-readable line (`bench: …`).
 * Run with Node 24 (types are stripped): node tests/bench/run.ts [build|site]
 */
import { rmSync } from 'node:fs';
import { temps } from './build.ts';
import { measureRealSite } from './real-site.ts';
import { buildScales } from './scales.ts';

const keep = process.env.BENCH_KEEP === '1';

try {
  const only = process.argv[2];
  const line = !only || only === 'build' ? await buildScales() : null;
  if (!only || only === 'site') await measureRealSite();
  if (line) console.log(`\n${line}`);
} finally {
  if (!keep) for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
