// The synthetic builds: the realistic national scale (342 gemeenten shaped like the real ones) cold
// and warm, and the stress scale (210 spending lines per gemeente) at 34 and 342 gemeenten for
// memory and growth; each beside a floor of as many trivial files and bytes as it wrote. Ends with
// the one machine-readable line of the bench.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { build, copyProject, pad, padStart, phases, root } from './build.ts';
import type { BuildResult } from './build.ts';
import { floorProject } from './floor.ts';
import { heaviestGemeentePage } from './page-weight.ts';
import { embedWeightReport } from './embed-weight.ts';

interface ScaleRow {
  name: string;
  scale: BuildResult;
  /** A trivial build of as many pages, files and bytes as the site wrote. */
  floor: BuildResult | null;
  /** The same folder built again (unchanged data, caches kept); only where asked. */
  warm: BuildResult | null;
  /** Images the warm rebuild drew (new entries in the image cache); a warm rebuild should draw none. */
  warmDrawn: number | null;
  dataRows: number;
}

type Generator = typeof import('../fixtures/generator/synthetic-data.ts');
const cacheEntries = (dir: string) =>
  existsSync(join(dir, '.image-cache')) ? readdirSync(join(dir, '.image-cache')).length : 0;
const heaviestGemeentePages: string[] = [];
const embedPages: string[] = [];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function buildScale(
  name: string,
  scale: Generator['NATIONAL'],
  generator: Generator,
  warm: boolean,
): Promise<ScaleRow> {
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
    warmResult = await build(`${name} warm`, dir);
    warmDrawn = cacheEntries(dir) - before;
  }
  let floor: BuildResult | null = null;
  if (result.ok) {
    process.stderr.write(
      `[bench] floor: ${result.pages} trivial pages, ${result.files} files in all, ${mb(result.bytes)} MB…\n`,
    );
    floor = await build(`floor of ${name}`, floorProject(result.pages, result.files, result.bytes));
  }
  return { name, scale: result, floor, warm: warmResult, warmDrawn, dataRows };
}

function printTable(rows: ScaleRow[]) {
  console.log(
    '\n## Build time and peak memory (synthetic data, each build in a fresh temp dir; a warm rebuild reuses its folder)\n',
  );
  console.log(
    `${pad('build', 34)}${padStart('rows', 8)}${padStart('pages', 8)}${padStart('files', 8)}${padStart('MB', 8)}${padStart('time s', 9)}${padStart('peak MB', 9)}${padStart('× floor', 10)}`,
  );
  for (const { scale, floor, warm, dataRows } of rows) {
    const lines: [BuildResult, number][] = [
      [scale, dataRows],
      ...(warm ? [[warm, dataRows] as [BuildResult, number]] : []),
      ...(floor ? [[floor, 0] as [BuildResult, number]] : []),
    ];
    for (const [result, count] of lines) {
      const ratio = floor?.ok ? (result.seconds / floor.seconds).toFixed(2) : '-';
      console.log(
        `${pad(result.label + (result.ok ? '' : ' FAILED'), 34)}${padStart(count || '-', 8)}${padStart(result.pages, 8)}${padStart(result.files, 8)}${padStart(mb(result.bytes), 8)}${padStart(result.seconds.toFixed(1), 9)}${padStart(result.peakMb.toFixed(0), 9)}${padStart(ratio, 10)}`,
      );
    }
  }
}

const vsFloor = (result: BuildResult | null | undefined, row: ScaleRow | undefined) =>
  result?.ok && row?.floor?.ok ? result.seconds / row.floor.seconds : NaN;

/** The targets: realistic cold ≤ 4× its floor, warm ≤ 2×, stress peak ≤ 2 GB, growth no worse than linear. */
function printTargets(realistic: ScaleRow, small: ScaleRow, stress: ScaleRow) {
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const growth = small.scale.ok && stress.scale.ok ? stress.scale.seconds / small.scale.seconds : NaN;
  const dataGrowth = stress.dataRows / small.dataRows;
  console.log(
    `\nGrowth of the stress scale 34 → 342 gemeenten: data ×${dataGrowth.toFixed(1)}, pages ×${(stress.scale.pages / small.scale.pages).toFixed(1)}, build time ×${growth.toFixed(2)}, peak memory ×${(stress.scale.peakMb / small.scale.peakMb).toFixed(2)}.`,
  );
  if (realistic.warm)
    console.log(
      `Warm rebuild of the realistic scale (unchanged data, caches kept): ${realistic.warm.seconds.toFixed(1)} s, ${realistic.warmDrawn} images drawn (target: none).`,
    );
  const cold = vsFloor(realistic.scale, realistic);
  const warm = vsFloor(realistic.warm, realistic);
  console.log(
    `Targets: realistic cold ≤ 4× its floor: ${verdict(cold <= 4)} (${cold.toFixed(2)}×); warm ≤ 2×: ${verdict(warm <= 2)} (${warm.toFixed(2)}×); ` +
      `stress peak memory ≤ 2048 MB: ${verdict(stress.scale.peakMb <= 2048)} (${stress.scale.peakMb.toFixed(0)} MB); growth no worse than linear: ${verdict(growth <= dataGrowth)}.`,
  );
}

/** The one machine-readable line. */
export function benchLine(realistic: ScaleRow | undefined, stress: ScaleRow | undefined): string {
  const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'nan');
  // The peak is known also for a build that was stopped (polled from /proc while it ran).
  const peak = stress && Number.isFinite(stress.scale.peakMb) ? Math.round(stress.scale.peakMb) : 'nan';
  return `bench: realistic_vs_bytes_floor=${ratio(vsFloor(realistic?.scale, realistic))} warm_vs_bytes_floor=${ratio(vsFloor(realistic?.warm, realistic))} stress_peak_mb=${peak} stress_vs_bytes_floor=${ratio(vsFloor(stress?.scale, stress))}`;
}

export async function buildScales(): Promise<string> {
  const generator = (await runnerImport<Generator>(join(root, 'tests/fixtures/generator/synthetic-data.ts'))).module;
  const realistic = await buildScale('realistic 342 gemeenten', generator.REALISTIC, generator, true);
  const small = await buildScale('stress 34 gemeenten', generator.TENTH, generator, false);
  const stress = await buildScale('stress 342 gemeenten', generator.NATIONAL, generator, false);
  const rows = [realistic, small, stress];
  printTable(rows);
  if (heaviestGemeentePages.length)
    console.log(
      `\nGemeente page at synthetic scale (no browser; the page HTML plus its external CSS and JS, gzip):\n  ${heaviestGemeentePages.join('\n  ')}`,
    );
  if (embedPages.length)
    console.log(
      `\nEmbed pages at synthetic scale (no browser; the page HTML plus its external CSS and JS, gzip):\n  ${embedPages.join('\n  ')}`,
    );
  if (phases.length) console.log(`\nWhere the time goes (from each build's log):\n  ${phases.join('\n  ')}`);
  printTargets(realistic, small, stress);
  return benchLine(realistic, stress);
}
