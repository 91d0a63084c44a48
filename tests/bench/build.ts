// Building a project folder for the bench: temporary copies, `astro build` with its wall time and
// peak memory, and where a build's time goes (from its log).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const measure = join(root, 'tests/bench/measure-build.mjs');
/** A build that takes longer than this is stopped and reported as such (BENCH_TIMEOUT, seconds). */
const BUILD_TIMEOUT_SECONDS = Number(process.env.BENCH_TIMEOUT ?? 1200);
/** Every temporary folder the bench made; run.ts removes them at the end (unless BENCH_KEEP=1). */
export const temps: string[] = [];

export interface BuildResult {
  label: string;
  pages: number;
  /** Every file written (pages, downloads, images), without the search index. */
  files: number;
  /** Their size in bytes. */
  bytes: number;
  seconds: number;
  peakMb: number;
  ok: boolean;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const pad = (text: string | number, width: number) => String(text).padEnd(width);
export const padStart = (text: string | number, width: number) => String(text).padStart(width);

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the project's code with node_modules linked; data/ and content/ copied only when asked. */
export function copyProject(withRealData: boolean): string {
  const dir = tempDir('pok-bench-');
  const entries = [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    ...(withRealData ? ['data', 'content'] : []),
  ];
  for (const entry of entries) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // The committed sources/ folder holds the map's boundaries; link it when present.
  for (const entry of ['sources', '.git']) {
    try {
      statSync(join(root, entry));
      symlinkSync(join(root, entry), join(dir, entry));
    } catch {
      // not there: nothing to link
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Files a build wrote, outside the search index (which the floors do not build). */
export const countFiles = (dir: string): number =>
  !existsSync(dir)
    ? 0
    : readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) =>
          sum + (entry.isDirectory() ? (entry.name === 'pagefind' ? 0 : countFiles(join(dir, entry.name))) : 1),
        0,
      );

/** Bytes of the files a build wrote, outside the search index. */
export const countBytes = (dir: string): number =>
  !existsSync(dir)
    ? 0
    : readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) =>
          sum +
          (entry.isDirectory()
            ? entry.name === 'pagefind'
              ? 0
              : countBytes(join(dir, entry.name))
            : statSync(join(dir, entry.name)).size),
        0,
      );

const countHtml = (dir: string): number =>
  !existsSync(dir)
    ? 0
    : readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, entry) =>
          sum + (entry.isDirectory() ? countHtml(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
        0,
      );

/** Builds a project folder with `astro build`, measuring wall time and the child's peak memory. */
export function build(label: string, dir: string): Promise<BuildResult> {
  const outDir = join(dir, 'dist');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [measure, astroBin], {
      cwd: dir,
      // Astro's cache and the image cache live in the project folder, so building it again is a warm rebuild.
      env: {
        ...process.env,
        POK_OUT_DIR: outDir,
        POK_CACHE_DIR: join(dir, '.astro-cache'),
        POK_IMAGE_CACHE: join(dir, '.image-cache'),
        POK_SEARCH_CACHE: join(dir, '.search-cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Also poll the kernel's high-water mark, so a build that is stopped still has a peak.
    let polledKb = 0;
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) polledKb = Math.max(polledKb, Number(match[1]));
      } catch {
        // the process has ended or /proc is not there
      }
    }, 500);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, BUILD_TIMEOUT_SECONDS * 1000);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      const rss = /BENCH_MAX_RSS_KB=(\d+)/.exec(output);
      if (timedOut)
        process.stderr.write(
          `\n[bench] ${label} stopped after ${BUILD_TIMEOUT_SECONDS} s; last output:\n${output.slice(-1500)}\n`,
        );
      else if (code !== 0) process.stderr.write(`\n[bench] ${label} failed:\n${output.slice(-3000)}\n`);
      printPhases(label, output);
      const pages = countHtml(outDir);
      const peakKb = Math.max(rss ? Number(rss[1]) : 0, polledKb);
      resolve({
        label: timedOut ? `${label} (stopped at ${BUILD_TIMEOUT_SECONDS} s)` : label,
        pages,
        files: countFiles(outDir),
        bytes: countBytes(outDir),
        seconds,
        peakMb: peakKb ? peakKb / 1024 : NaN,
        ok: code === 0 && !timedOut,
      });
    });
  });
}

/** Seconds in Astro's own timings: "5.81s", "1m 7s", "850ms". */
function astroSeconds(text: string): number {
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g))
    seconds += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return seconds;
}

/**
 * Where a build's time goes, from its log: Astro's phases (content and build info, the Vite
 * bundle, generating pages and files, the search index) and, per kind of output, the sum of the
 * times Astro logs per file. Files are generated several at a time (build.concurrency), so those
 * sums overlap and add up to more than the wall time; they compare kinds, not phases.
 */
export const phases: string[] = [];

function printPhases(label: string, output: string) {
  const phase = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? `${astroSeconds(match[1]).toFixed(1)} s` : '-';
  };
  const perKind = new Map<string, { files: number; ms: number }>();
  for (const match of output.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    const parts = match[1].split('/').filter(Boolean);
    const kind =
      parts.length > 1
        ? `/${parts.slice(0, parts[0] === 'og' || parts[0] === 'data' ? 2 : 1).join('/')}/`
        : '(other pages)';
    const entry = perKind.get(kind) ?? { files: 0, ms: 0 };
    entry.files += 1;
    entry.ms += astroSeconds(match[2]) * 1000;
    perKind.set(kind, entry);
  }
  const kinds = [...perKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6);
  phases.push(
    `${label}: build info and content ${phase(/Collecting build info[\s\S]*?Completed in ([^.]+(?:\.\d+)?s)/)}, Vite bundle ${phase(/\[vite\] ✓ built in (\S+)/)}, ` +
      `pages and files ${phase(/generating static routes[\s\S]*?✓ Completed in ([^.]+(?:\.\d+)?s)/)}, search index ${phase(/Indexed \d+ pages in ([\d.]+ s)/)}` +
      (kinds.length
        ? `\n    per kind (summed per-file times): ${kinds.map(([kind, e]) => `${kind} ${e.files} files ${(e.ms / 1000).toFixed(1)} s`).join(', ')}`
        : ''),
  );
}
