/*
 * `npm run bench`: builds the site on SYNTHETIC data: the realistic national scale (342 gemeenten
 * shaped like the real ones: about 30 spending lines over three documents, an allocation per year,
 * 3 decisions with narratives and a few results each), cold and warm; and the stress scale (34 and
 * 342 gemeenten × 7 years × 30 spending lines, 100 and 1 000 decisions) for memory and growth. Each
 * build stands beside a floor: an Astro build of as many trivial pages and files, with as many
 * bytes, as it wrote. Then it measures the real site: bytes per page type and Lighthouse.
 * Everything is built in temporary folders; nothing is written into the project. Ends with one
 * machine-readable line (`bench: realistic_vs_bytes_floor=… warm_vs_bytes_floor=… stress_peak_mb=… stress_vs_bytes_floor=…`).
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
