// The synthetic builds: 34 and 342 gemeenten, each beside a floor of as many trivial pages (and
// files), and a warm rebuild of the national build (same folder, unchanged data, Astro's cache and
// the image cache kept). Ends with the one machine-readable line of the bench.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { build, copyProject, pad, padStart, phases, root } from './build.ts';
import type { BuildResult } from './build.ts';
import { floorProject } from './floor.ts';
import { heaviestGemeentePage } from './page-weight.ts';
import { embedWeightReport } from './embed-weight.ts';

interface ScaleRow {
  scale: BuildResult;
  floor: BuildResult;
  floorFiles: BuildResult | null;
  /** The same folder built again; only for the national scale. */
  warm: BuildResult | null;
  /** Images the warm rebuild drew (new entries in the image cache); a warm rebuild should draw none. */
  warmDrawn: number | null;
  dataRows: number;
}

type Generator = typeof import('../fixtures/generator/synthetic-data.ts');
const cacheEntries = (dir: string) => (existsSync(join(dir, '.image-cache')) ? readdirSync(join(dir, '.image-cache')).length : 0);
const heaviestGemeentePages: string[] = [];
const embedPages: string[] = [];

async function buildScale(name: string, scale: Generator['NATIONAL'], generator: Generator, warm: boolean): Promise<ScaleRow> {
  const dir = copyProject(false);
  const dataRows = generator.writeDataset(dir, scale);
  process.stderr.write(`[bench] building ${name} (${dataRows} synthetic rows)…\n`);
  const result = await build(`${name} (SYNTHETISCH)`, dir);
  if (result.ok) heaviestGemeentePages.push(heaviestGemeentePage(name, join(dir, 'dist')));
  if (result.ok) embedPages.push(embedWeightReport(name, join(dir, 'dist')));
  let warmResult: BuildResult | null = null;
  let warmDrawn: number | null = null;
  if (warm && result.ok) {
    const before = cacheEntries(dir);
    process.stderr.write(`[bench] warm rebuild of ${name} (same folder, unchanged data)…\n`);
    warmResult = await build(`${name} warm rebuild`, dir);
    warmDrawn = cacheEntries(dir) - before;
  }
  // The floor builds as many pages as the site did; for a build that did not finish, as many as it should have.
  const floorPages = result.ok ? result.pages : scale.gemeenten + scale.decisions + 12;
  process.stderr.write(`[bench] floor with ${floorPages} trivial pages…\n`);
  const floor = await build(`floor ${floorPages} pages`, floorProject(floorPages));
  // A second floor: as many trivial outputs as the site wrote (pages + other files).
  let floorFiles: BuildResult | null = null;
  if (result.ok && result.files > floorPages) {
    process.stderr.write(`[bench] floor with ${floorPages} trivial pages and ${result.files - floorPages} trivial files…\n`);
    floorFiles = await build(`floor ${result.files} files`, floorProject(floorPages, result.files));
  }
  return { scale: result, floor, floorFiles, warm: warmResult, warmDrawn, dataRows };
}

function printTable(rows: ScaleRow[]) {
  console.log('\n## Build time and peak memory (synthetic data, each build in a fresh temp dir; the warm rebuild reuses its folder)\n');
  console.log(`${pad('build', 28)}${padStart('rows', 8)}${padStart('pages', 8)}${padStart('files', 8)}${padStart('time s', 9)}${padStart('peak MB', 9)}${padStart('× floor (time)', 16)}${padStart('× floor (mem)', 15)}`);
  for (const { scale, floor, floorFiles, warm, dataRows } of rows) {
    const lines: [BuildResult, number][] = [[scale, dataRows], ...(warm ? [[warm, dataRows] as [BuildResult, number]] : []), [floor, 0], ...(floorFiles ? [[floorFiles, 0] as [BuildResult, number]] : [])];
    for (const [result, count] of lines) {
      // Ratios are always to the floor of as many pages, the issue's first yardstick.
      const ratio = `${(result.seconds / floor.seconds).toFixed(2)}`;
      const memRatio = `${(result.peakMb / floor.peakMb).toFixed(2)}`;
      console.log(
        `${pad(result.label + (result.ok ? '' : ' FAILED'), 28)}${padStart(count || '-', 8)}${padStart(result.pages, 8)}${padStart(result.files, 8)}${padStart(result.seconds.toFixed(1), 9)}${padStart(result.peakMb.toFixed(0), 9)}${padStart(ratio, 16)}${padStart(memRatio, 15)}`,
      );
    }
  }
}

function printGrowth([small, large]: ScaleRow[]) {
  if (!(small.scale.ok && large.scale.ok)) {
    console.log('\nGrowth 34 → 342 gemeenten: not measured, because a build did not finish (see above).');
    return;
  }
  console.log(
    `\nGrowth 34 → 342 gemeenten: data ×${(large.dataRows / small.dataRows).toFixed(1)}, pages ×${(large.scale.pages / small.scale.pages).toFixed(1)}, ` +
      `build time ×${(large.scale.seconds / small.scale.seconds).toFixed(2)}, peak memory ×${(large.scale.peakMb / small.scale.peakMb).toFixed(2)}; ` +
      `floor time ×${(large.floor.seconds / small.floor.seconds).toFixed(2)}.`,
  );
  if (large.floorFiles) console.log(`For scale: a trivial build of as many files as the site writes (${large.floorFiles.files}) takes ${(large.floorFiles.seconds / large.floor.seconds).toFixed(2)}× the floor of as many pages; the site takes ${(large.scale.seconds / large.floorFiles.seconds).toFixed(2)}× that.`);
  if (large.warm) console.log(`Warm rebuild (unchanged data, caches kept): ${large.warm.seconds.toFixed(1)} s, ${large.warmDrawn} images drawn (target: none).`);
  // The targets of the redesign issue, each against the floor of as many trivial files.
  const floor = large.floorFiles?.ok ? large.floorFiles.seconds : NaN;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`Targets: national build ≤ 4× the files floor: ${verdict(large.scale.seconds <= 4 * floor)} (${(large.scale.seconds / floor).toFixed(2)}×); ` +
    `warm rebuild ≤ 3×: ${large.warm?.ok ? `${verdict(large.warm.seconds <= 3 * floor)} (${(large.warm.seconds / floor).toFixed(2)}×)` : 'not measured'}; ` +
    `peak memory ≤ 2048 MB: ${verdict(large.scale.peakMb <= 2048)} (${large.scale.peakMb.toFixed(0)} MB); ` +
    `growth no worse than linear: ${verdict(large.scale.seconds / small.scale.seconds <= large.dataRows / small.dataRows)}.`);
}

/** The one machine-readable line: ratios of the national build (cold and warm) to the floor of as many trivial files. */
export function benchLine(national: ScaleRow | undefined): string {
  const floor = national?.floorFiles?.ok ? national.floorFiles.seconds : NaN;
  const ratio = (result: BuildResult | null | undefined) => (result?.ok ? (result.seconds / floor).toFixed(2) : 'nan');
  // The peak is known also for a build that was stopped (polled from /proc while it ran).
  const peak = national && Number.isFinite(national.scale.peakMb) ? Math.round(national.scale.peakMb) : 'nan';
  return `bench: national_vs_files_floor=${ratio(national?.scale)} warm_vs_files_floor=${ratio(national?.warm)} peak_mb=${peak}`;
}

export async function buildScales(): Promise<string> {
  const generator = (await runnerImport<Generator>(join(root, 'tests/fixtures/generator/synthetic-data.ts'))).module;
  const rows: ScaleRow[] = [];
  rows.push(await buildScale('34 gemeenten', generator.TENTH, generator, false));
  rows.push(await buildScale('342 gemeenten', generator.NATIONAL, generator, true));
  printTable(rows);
  if (heaviestGemeentePages.length) console.log(`\nGemeente page at synthetic scale (no browser; the page HTML plus its external CSS and JS, gzip):\n  ${heaviestGemeentePages.join('\n  ')}`);
  if (embedPages.length) console.log(`\nEmbed pages at synthetic scale (no browser; the page HTML plus its external CSS and JS, gzip):\n  ${embedPages.join('\n  ')}`);
  if (phases.length) console.log(`\nWhere the time goes (from each build's log):\n  ${phases.join('\n  ')}`);
  printGrowth(rows);
  return benchLine(rows[1]);
}
