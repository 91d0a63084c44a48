import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/*
 * `astro dev` shows an edit of data/ at the next request: the CSV loader reads data/ again when a
 * file changes, and the site model, the charts and the /data/ downloads follow the content layer
 * (keyed by its digests) instead of keeping what they computed first. Runs on a copy of the
 * project, so the tracked data/ is never touched.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
let server: ChildProcess | null = null;
let base = '';
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function text(path: string): Promise<string> {
  const response = await fetch(base + path);
  expect(response.status, `${path}\n${log.slice(-2000)}`).toBe(200);
  return response.text();
}

/** Polls until `check` holds for the page (the watcher picks up an edit within a second or two). */
async function eventually(path: string, check: (body: string) => boolean): Promise<string> {
  let body = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    body = await text(path);
    if (check(body)) return body;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return body;
}

function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && !name.startsWith('VITE_') && name !== 'TEST',
    ),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pok-dev-'));
  for (const entry of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      // Without vitest's own variables (NODE_ENV=test, VITEST…), which would make Astro's dev server something else.
      env: {
        ...devEnvironment(),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        POK_CACHE_DIR: join(dir, '.astro-cache'),
        POK_IMAGE_CACHE: 'off',
        POK_SEARCH_CACHE: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  // "ready" comes before the content layer has synced data/; the site answers once it has.
  for (let attempt = 0; attempt < 160; attempt += 1) {
    const status = await fetch(`${base}/gemeenten/diemen/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not serve /gemeenten/diemen/:\n${log.slice(-2000)}`);
}, 90_000);

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev after an edit of data/', () => {
  test('the gemeente page, its chart, the compare view and the downloads show the new name', async () => {
    // The compare view names every gemeente in its data (the page itself shows only gemeenten with amounts).
    const pages = [
      '/gemeenten/diemen/',
      '/grafieken/diemen-doelen.svg',
      '/vergelijk/gegevens.json',
      '/data/gemeenten.csv',
      '/data/gemeenten/diemen.csv/',
    ];
    // First requests build the model and fill whatever a module would cache.
    for (const path of pages) expect(await text(path), path).not.toContain('Diemenstad');

    const file = join(dir, 'data/gemeenten.csv');
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/^(GM0384,)Diemen,/m, '$1Diemenstad,');
    expect(after).not.toBe(before);
    writeFileSync(file, after);

    for (const path of pages)
      expect(await eventually(path, (body) => body.includes('Diemenstad')), path).toContain('Diemenstad');
  }, 120_000);
});
