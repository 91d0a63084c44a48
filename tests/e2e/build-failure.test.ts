import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];

/** A copy of the project (sources and data, with node_modules linked) to break on purpose. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pok-bad-build-'));
  copies.push(dir);
  for (const entry of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string) {
  return spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // Output and cache stay inside the copy, never over the build the other tests read.
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      POK_OUT_DIR: join(dir, 'dist'),
      POK_CACHE_DIR: join(dir, '.astro-cache'),
    },
    timeout: 120_000,
  });
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the build is the gatekeeper', () => {
  test('a copy with one bad amount and one unknown source fails, naming file, line and column of both', () => {
    const dir = copyProject();
    const file = join(dir, 'data/toekenningen.csv');
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
    const [header] = rows;
    // rows[1] is physical line 2 (no quoted line breaks in this file): break its amount the Dutch way,
    // and point line 3 at a source that does not exist.
    const amountIndex = header.indexOf('bedrag_eur');
    const amount = rows[1][amountIndex];
    expect(amount).toMatch(/^\d+$/);
    const dutch = Number(amount).toLocaleString('nl-NL');
    rows[1][amountIndex] = dutch;
    rows[2][header.indexOf('bron')] = 'bestaat-niet';
    writeFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);

    const result = build(dir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`data/toekenningen.csv:2 column bedrag_eur: "${dutch}" uses a thousands separator`);
    expect(output).toContain('data/toekenningen.csv:3 column bron: "bestaat-niet" does not exist in data/bronnen.csv');
  });

  test('a narrative with an import and an expression stops the build before any of it runs, and leaves no site that looks complete', () => {
    const dir = copyProject();
    // What a previous build left: a failed build must not leave it looking like its own result.
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>vorige bouw</title>');
    const file = join(dir, 'content/besluiten/amstelveen-2024-05-28-ombudsman.mdx');
    const original = readFileSync(file, 'utf8');
    const [front, body] = [
      original.slice(0, original.indexOf('\n---\n') + 5),
      original.slice(original.indexOf('\n---\n') + 5),
    ];
    // Line 6 the import, line 8 a heading that would publish the build machine's host name.
    writeFileSync(file, `${front}\nimport os from 'node:os'\n\n## Gebouwd op {os.hostname()}\n${body}`);

    const result = build(dir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'content/besluiten/amstelveen-2024-05-28-ombudsman.mdx:6:1: import and export run code when the site is built',
    );
    expect(output).toContain('(rule: import-export)');
    expect(output).toContain(
      'content/besluiten/amstelveen-2024-05-28-ombudsman.mdx:8:15: "{os.hostname()}" is JavaScript',
    );
    expect(output).toContain('(rule: expression)');
    expect(output).not.toContain(`Gebouwd op ${hostname()}`);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  test('an unbroken copy builds, into dist/ only once it is complete', () => {
    const dir = copyProject();
    const result = build(dir);
    expect(result.stderr).not.toContain('not valid');
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/pagefind'))).toBe(true);
    expect(existsSync(join(dir, 'dist.unfinished'))).toBe(false);
    expect(`${result.stdout}`).toContain(`the complete site is in ${join(dir, 'dist')}`);
  });

  test('a publication build that names no contact address and no repository stops, saying what to set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pok-no-channel-'));
    copies.push(dir);
    // The settings are read before any page is built, so the project itself is built, into a folder of its own.
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        POK_OUT_DIR: join(dir, 'dist'),
        POK_CACHE_DIR: join(dir, '.astro-cache'),
        SITE_URL: 'https://pokinbeeld.example',
        SITE_CONTACT_EMAIL: '',
        SITE_REPOSITORY_URL: '',
      },
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'neither SITE_CONTACT_EMAIL nor SITE_REPOSITORY_URL is: a published site must say where reports',
    );
    expect(readdirSync(dir)).not.toContain('dist');
  });

  test('a contact address that is no e-mail address stops the build, like a wrong SITE_URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pok-bad-channel-'));
    copies.push(dir);
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        POK_OUT_DIR: join(dir, 'dist'),
        POK_CACHE_DIR: join(dir, '.astro-cache'),
        SITE_CONTACT_EMAIL: 'mailto:redactie',
      },
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain(
      'SITE_CONTACT_EMAIL "mailto:redactie" must be the address only',
    );
  });
});
