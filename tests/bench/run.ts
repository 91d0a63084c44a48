/*
 * `npm run bench`: builds the site on SYNTHETIC data at two scales (34 and 342 gemeenten × 7 years
 * × 30 spending lines, 100 and 1 000 decisions with MDX bodies) and a floor (an Astro build of the
 * same number of trivial pages), then measures the real site: bytes per page type and Lighthouse.
 * Everything is built in temporary folders; nothing is written into the project.
 * Run with Node 24 (types are stripped): node tests/bench/run.ts
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const measure = join(root, 'tests/bench/measure-build.mjs');
const keep = process.env.BENCH_KEEP === '1';
/** A build that takes longer than this is stopped and reported as such (BENCH_TIMEOUT, seconds). */
const BUILD_TIMEOUT_SECONDS = Number(process.env.BENCH_TIMEOUT ?? 1200);
const temps: string[] = [];

interface BuildResult {
  label: string;
  pages: number;
  /** Every file written (pages, downloads, images), without the search index. */
  files: number;
  seconds: number;
  peakMb: number;
  ok: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padStart = (text: string | number, width: number) => String(text).padStart(width);

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the project's code with node_modules linked; data/ and content/ copied only when asked. */
function copyProject(withRealData: boolean): string {
  const dir = tempDir('pok-bench-');
  const entries = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', ...(withRealData ? ['data', 'content'] : [])];
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
const countFiles = (dir: string): number =>
  !existsSync(dir) ? 0 : readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? (entry.name === 'pagefind' ? 0 : countFiles(join(dir, entry.name))) : 1),
    0,
  );

const countHtml = (dir: string): number =>
  !existsSync(dir) ? 0 : readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? countHtml(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );

/** Builds a project folder with `astro build`, measuring wall time and the child's peak memory. */
function build(label: string, dir: string): Promise<BuildResult> {
  const outDir = join(dir, 'dist');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [measure, astroBin], {
      cwd: dir,
      env: { ...process.env, POK_OUT_DIR: outDir, POK_CACHE_DIR: join(dir, '.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
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
      if (timedOut) process.stderr.write(`\n[bench] ${label} stopped after ${BUILD_TIMEOUT_SECONDS} s; last output:\n${output.slice(-1500)}\n`);
      else if (code !== 0) process.stderr.write(`\n[bench] ${label} failed:\n${output.slice(-3000)}\n`);
      printPhases(label, output);
      const pages = countHtml(outDir);
      const peakKb = Math.max(rss ? Number(rss[1]) : 0, polledKb);
      resolve({ label: timedOut ? `${label} (stopped at ${BUILD_TIMEOUT_SECONDS} s)` : label, pages, files: countFiles(outDir), seconds, peakMb: peakKb ? peakKb / 1024 : NaN, ok: code === 0 && !timedOut });
    });
  });
}

/** Seconds in Astro's own timings: "5.81s", "1m 7s", "850ms". */
function astroSeconds(text: string): number {
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) seconds += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return seconds;
}

/**
 * Where a build's time goes, from its log: Astro's phases (content and build info, the Vite
 * bundle, generating pages and files, the search index) and, per kind of output, the sum of the
 * times Astro logs per file. Files are generated several at a time (build.concurrency), so those
 * sums overlap and add up to more than the wall time; they compare kinds, not phases.
 */
function printPhases(label: string, output: string) {
  const phase = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? `${astroSeconds(match[1]).toFixed(1)} s` : '-';
  };
  const perKind = new Map<string, { files: number; ms: number }>();
  for (const match of output.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    const parts = match[1].split('/').filter(Boolean);
    const kind = parts.length > 1 ? `/${parts.slice(0, parts[0] === 'og' || parts[0] === 'data' ? 2 : 1).join('/')}/` : '(other pages)';
    const entry = perKind.get(kind) ?? { files: 0, ms: 0 };
    entry.files += 1;
    entry.ms += astroSeconds(match[2]) * 1000;
    perKind.set(kind, entry);
  }
  const kinds = [...perKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6);
  phases.push(
    `${label}: build info and content ${phase(/Collecting build info[\s\S]*?Completed in ([^.]+(?:\.\d+)?s)/)}, Vite bundle ${phase(/\[vite\] ✓ built in (\S+)/)}, ` +
      `pages and files ${phase(/generating static routes[\s\S]*?✓ Completed in ([^.]+(?:\.\d+)?s)/)}, search index ${phase(/Indexed \d+ pages in ([\d.]+ s)/)}` +
      (kinds.length ? `\n    per kind (summed per-file times): ${kinds.map(([kind, e]) => `${kind} ${e.files} files ${(e.ms / 1000).toFixed(1)} s`).join(', ')}` : ''),
  );
}
const phases: string[] = [];

/**
 * A bare Astro project that builds `pages` trivial pages, and trivial text files up to `files`
 * outputs in all: the cost of Astro itself, for as many pages (the yardstick of the issue) or for
 * as many outputs as the site writes (a page here comes with downloads and images).
 */
function floorProject(pages: number, files = pages): string {
  const dir = tempDir('pok-bench-floor-');
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/f'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.POK_OUT_DIR, cacheDir: process.env.POK_CACHE_DIR, build: { format: 'directory' } });\n",
  );
  writeFileSync(
    join(dir, 'src/pages/p/[n].astro'),
    [
      '---',
      `export function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }`,
      'const { n } = Astro.params;',
      '---',
      '<html lang="nl"><head><meta charset="utf-8" /><title>Pagina {n}</title></head><body><h1>Pagina {n}</h1><p>Een eenvoudige pagina.</p></body></html>',
      '',
    ].join('\n'),
  );
  if (files > pages) {
    writeFileSync(
      join(dir, 'src/pages/f/[n].txt.ts'),
      [
        `export function getStaticPaths() { return Array.from({ length: ${files - pages} }, (_, n) => ({ params: { n: String(n) } })); }`,
        'export const GET = ({ params }) => new Response(`Bestand ${params.n}\\n`);',
        '',
      ].join('\n'),
    );
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * The weight of the heaviest gemeente page of a synthetic build, read from disk: with every
 * gemeente reporting for seven years, does a page stay within the page-weight target?
 */
function heaviestGemeentePage(name: string, outDir: string): string {
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
const heaviestGemeentePages: string[] = [];

async function buildScales() {
  const generator = (await runnerImport<typeof import('../fixtures/generator/synthetic-data.ts')>(join(root, 'tests/fixtures/generator/synthetic-data.ts'))).module;
  const rows: { scale: BuildResult; floor: BuildResult; floorFiles: BuildResult | null; dataRows: number }[] = [];
  for (const [name, scale] of [
    ['34 gemeenten', generator.TENTH],
    ['342 gemeenten', generator.NATIONAL],
  ] as const) {
    const dir = copyProject(false);
    const dataRows = generator.writeDataset(dir, scale);
    process.stderr.write(`[bench] building ${name} (${dataRows} synthetic rows)…\n`);
    const result = await build(`${name} (SYNTHETISCH)`, dir);
    if (result.ok) heaviestGemeentePages.push(heaviestGemeentePage(name, join(dir, 'dist')));
    // The floor builds as many pages as the site did; for a build that did not finish, as many as it should have.
    const floorPages = result.ok ? result.pages : scale.gemeenten + scale.decisions + 12;
    process.stderr.write(`[bench] floor with ${floorPages} trivial pages…\n`);
    const floor = await build(`floor ${floorPages} pages`, floorProject(floorPages));
    // A second, informative floor: as many trivial outputs as the site wrote (pages + other files).
    let floorFiles: BuildResult | null = null;
    if (result.ok && result.files > floorPages) {
      process.stderr.write(`[bench] floor with ${floorPages} trivial pages and ${result.files - floorPages} trivial files…\n`);
      floorFiles = await build(`floor ${result.files} files`, floorProject(floorPages, result.files));
    }
    rows.push({ scale: result, floor, floorFiles, dataRows });
  }
  console.log('\n## Build time and peak memory (synthetic data, each build in a fresh temp dir)\n');
  console.log(`${pad('build', 28)}${padStart('rows', 8)}${padStart('pages', 8)}${padStart('files', 8)}${padStart('time s', 9)}${padStart('peak MB', 9)}${padStart('× floor (time)', 16)}${padStart('× floor (mem)', 15)}`);
  for (const { scale, floor, floorFiles, dataRows } of rows) {
    for (const [result, count] of [[scale, dataRows], [floor, 0], ...(floorFiles ? [[floorFiles, 0]] : [])] as [BuildResult, number][]) {
      // Ratios are always to the floor of as many pages, the issue's yardstick.
      const ratio = `${(result.seconds / floor.seconds).toFixed(2)}`;
      const memRatio = `${(result.peakMb / floor.peakMb).toFixed(2)}`;
      console.log(
        `${pad(result.label + (result.ok ? '' : ' FAILED'), 28)}${padStart(count || '-', 8)}${padStart(result.pages, 8)}${padStart(result.files, 8)}${padStart(result.seconds.toFixed(1), 9)}${padStart(result.peakMb.toFixed(0), 9)}${padStart(ratio, 16)}${padStart(memRatio, 15)}`,
      );
    }
  }
  if (heaviestGemeentePages.length) console.log(`\nGemeente page at synthetic scale (no browser; the page HTML plus its external CSS and JS, gzip):\n  ${heaviestGemeentePages.join('\n  ')}`);
  if (phases.length) console.log(`\nWhere the time goes (from each build's log):\n  ${phases.join('\n  ')}`);
  if (rows.length === 2 && !(rows[0].scale.ok && rows[1].scale.ok)) {
    console.log('\nGrowth 34 → 342 gemeenten: not measured, because a build did not finish (see above).');
  } else if (rows.length === 2) {
    const [small, large] = rows;
    console.log(
      `\nGrowth 34 → 342 gemeenten: data ×${(large.dataRows / small.dataRows).toFixed(1)}, pages ×${(large.scale.pages / small.scale.pages).toFixed(1)}, ` +
        `build time ×${(large.scale.seconds / small.scale.seconds).toFixed(2)}, peak memory ×${(large.scale.peakMb / small.scale.peakMb).toFixed(2)}; ` +
        `floor time ×${(large.floor.seconds / small.floor.seconds).toFixed(2)}.`,
    );
    console.log(`Target: build ≤ 2× floor at 342 gemeenten: ${large.scale.seconds <= 2 * large.floor.seconds ? 'met' : 'NOT met'} (${(large.scale.seconds / large.floor.seconds).toFixed(2)}×).`);
    if (large.floorFiles) console.log(`For scale: a trivial build of as many files as the site writes (${large.floorFiles.files}) takes ${(large.floorFiles.seconds / large.floor.seconds).toFixed(2)}× the floor; the site takes ${(large.scale.seconds / large.floorFiles.seconds).toFixed(2)}× that.`);
  }
}

/** The page types measured for weight and Lighthouse, when they exist in the real build. */
const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'gemeenten list', path: '/gemeenten/' },
  { name: 'gemeente with data', path: '/gemeenten/amstelveen/' },
  { name: 'gemeente without data', path: '/gemeenten/vaals/' },
  { name: 'decision', path: '/besluiten/amstelveen-2024-05-28-ombudsman/' },
  { name: 'compare', path: '/vergelijk/' },
  { name: 'data', path: '/data/' },
];

type Kind = 'html' | 'css' | 'js' | 'image' | 'other';
const kindOf = (url: string, type: string): Kind => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(url)) return 'js';
  if (type === 'image' || /\.(png|svg|jpe?g|webp|avif|ico)$/.test(url)) return 'image';
  return 'other';
};

async function measureWeights(baseUrl: string, existing: typeof PAGE_TYPES) {
  const { launchBrowser } = await import('../e2e/browser.ts');
  const browser = await launchBrowser();
  console.log('\n## Bytes sent per page type (real data; raw / gzip), visible text alone (gzip), and the ratio\n');
  console.log(
    `${pad('page', 24)}${padStart('HTML', 19)}${padStart('CSS', 19)}${padStart('JS', 19)}${padStart('images', 19)}${padStart('other', 19)}${padStart('total gz', 11)}${padStart('text gz', 10)}${padStart('ratio', 7)}${padStart('search JS gz', 14)}`,
  );
  for (const pageType of existing) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const sizes: Record<Kind, { raw: number; gz: number }> = { html: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 }, js: { raw: 0, gz: 0 }, image: { raw: 0, gz: 0 }, other: { raw: 0, gz: 0 } };
    let phase: 'load' | 'search' = 'load';
    const search = { raw: 0, gz: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            const target = phase === 'load' ? sizes[kindOf(response.url(), response.request().resourceType())] : search;
            target.raw += body.length;
            target.gz += gzipSync(body, { level: 9 }).length;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(baseUrl + pageType.path, { waitUntil: 'networkidle' });
    await Promise.all(pending.splice(0));
    const text = await page.evaluate(() => document.body.innerText);
    // What loads on first use of the search box is counted apart (issue 6: reported separately).
    phase = 'search';
    const box = page.locator('input[type="search"]').first();
    if (await box.count()) {
      await box.focus();
      await box.pressSequentially('amst');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    await Promise.all(pending.splice(0));
    const textGz = gzipSync(Buffer.from(text), { level: 9 }).length;
    const totalGz = Object.values(sizes).reduce((sum, size) => sum + size.gz, 0);
    const cell = (size: { raw: number; gz: number }) => padStart(`${kb(size.raw)}/${kb(size.gz)}`, 19);
    console.log(
      `${pad(pageType.name, 24)}${cell(sizes.html)}${cell(sizes.css)}${cell(sizes.js)}${cell(sizes.image)}${cell(sizes.other)}${padStart(kb(totalGz), 11)}${padStart(kb(textGz), 10)}${padStart((totalGz / textGz).toFixed(1), 7)}${padStart(kb(search.gz), 14)}`,
    );
    await context.close();
  }
  await browser.close();
  console.log('\nTargets: a gemeente page ≤ 50 KB gzip in total and ≤ 15 KB gzip JavaScript (search counted apart).');
}

async function runLighthouse(baseUrl: string, existing: typeof PAGE_TYPES) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  console.log('\n## Lighthouse (mobile settings, simulated throttling; Debian Chromium, no network)\n');
  console.log(`${pad('page', 24)}${padStart('performance', 13)}${padStart('accessibility', 15)}${padStart('best practices', 16)}${padStart('SEO', 6)}`);
  try {
    for (const pageType of existing.filter((p) => ['home', 'gemeente with data', 'compare', 'data'].includes(p.name))) {
      const result = await lighthouse(baseUrl + pageType.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (key: string) => (categories[key]?.score === null || categories[key] === undefined ? '-' : String(Math.round((categories[key].score ?? 0) * 100)));
      console.log(`${pad(pageType.name, 24)}${padStart(score('performance'), 13)}${padStart(score('accessibility'), 15)}${padStart(score('best-practices'), 16)}${padStart(score('seo'), 6)}`);
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      if (failing.length) console.log(`${' '.repeat(24)}below 1: ${failing.slice(0, 12).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.woff2': 'font/woff2',
};

/**
 * Serves the built site the way a static host does (Netlify, Cloudflare Pages, GitHub Pages):
 * gzip for text when the browser accepts it, and long caching for fingerprinted files in
 * /_astro/. The e2e server skips both, which would make Lighthouse measure a host nobody uses.
 */
function serveLikeAHost(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path));
    let target = path.endsWith('/') ? join(file, 'index.html') : file;
    let status = 200;
    try {
      if (!file.startsWith(normalize(dir))) throw new Error('outside');
      if (!statSync(target).isFile()) throw new Error('not a file');
    } catch {
      if (!path.endsWith('/') && existsSync(join(file, 'index.html'))) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      target = join(dir, '404.html');
      status = 404;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    let body = readFileSync(target);
    const headers: Record<string, string> = { 'Content-Type': type };
    if (path.startsWith('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (/text|json|xml|svg|javascript|wasm/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

async function measureRealSite() {
  const dir = copyProject(true);
  process.stderr.write('[bench] building the real site…\n');
  const real = await build('real data', dir);
  console.log(`\nReal data build: ${real.pages} pages in ${real.seconds.toFixed(1)} s, peak ${real.peakMb.toFixed(0)} MB.`);
  if (!real.ok) return;
  const outDir = join(dir, 'dist');
  const existing = PAGE_TYPES.filter((p) => {
    try {
      return statSync(join(outDir, p.path, 'index.html')).isFile();
    } catch {
      return false;
    }
  });
  const { server, url } = await serveLikeAHost(`${outDir}/`);
  try {
    await measureWeights(url, existing);
    await runLighthouse(url, existing);
  } finally {
    server.close();
  }
}

try {
  const only = process.argv[2];
  if (!only || only === 'build') await buildScales();
  if (!only || only === 'site') await measureRealSite();
} finally {
  if (!keep) for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
