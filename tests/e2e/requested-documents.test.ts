import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/*
 * A request for documents recorded in onderzocht.csv (resultaat opgevraagd) shows as such on the
 * gemeente page, in the coverage counts and in the research queue on /meedoen/, apart from "nog
 * niet onderzocht" and "niets gevonden". No such request is known in data/, so this builds a copy
 * of the project with one SYNTHETIC request appended (tests/fixtures/requested/), for Vaals.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/requested/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pok-requested-'));
const out = join(dir, 'dist');
let status: number | null = null;
let output = '';
const page = (path: string) => readFileSync(join(out, path), 'utf8');
/** Visible text of a stretch of HTML: tags dropped, spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');
const section = (html: string, id: string) =>
  new RegExp(`<(section|dl|tr)[^>]*id="${id}"[\\s\\S]*?</\\1>`).exec(html)?.[0] ?? '';

beforeAll(() => {
  for (const entry of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Vaals must be a gemeente nobody searched yet, or the test would show nothing new.
  expect(readFileSync(join(dir, 'data/onderzocht.csv'), 'utf8')).not.toContain('GM0981,');
  appendFileSync(join(dir, 'data/bronnen.csv'), readFileSync(join(FIXTURE, 'bronnen-rows.csv')));
  appendFileSync(join(dir, 'data/onderzocht.csv'), readFileSync(join(FIXTURE, 'onderzocht-rows.csv')));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // The images and search index of the copy are cached beside the project's own, keyed by their input.
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      POK_OUT_DIR: out,
      POK_CACHE_DIR: join(dir, '.astro-cache'),
      POK_IMAGE_CACHE: join(root, '.cache/images'),
      POK_SEARCH_CACHE: 'off',
    },
    timeout: 600_000,
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 620_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a gemeente whose documents were asked for (synthetic copy of the project)', () => {
  test('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  test('the gemeente page says "opgevraagd op ..." with the kind of request, not "nog niet onderzocht"', () => {
    const html = page('gemeenten/vaals/index.html');
    expect(text(section(html, 'samenvatting'))).toContain('Stukken opgevraagd');
    expect(text(section(html, 'samenvatting'))).toContain('opgevraagd op 1 december 2026 met een Woo-verzoek');
    expect(text(section(html, 'onderzoek'))).toContain(
      'Opgevraagd op 1 december 2026 met een Woo-verzoek. Gevraagd aan: college van burgemeester en wethouders van Vaals (testbestand).',
    );
    expect(text(section(html, 'opvragen'))).toContain('Eerder: opgevraagd op 1 december 2026 met een Woo-verzoek.');
    expect(text(html)).not.toContain('Nog niet onderzocht');
    expect(text(html)).not.toContain('Wij hebben nog niet gezocht');
  });

  test('the coverage counts have one gemeente more under "Stukken opgevraagd" and one less under "Nog niet onderzocht"', () => {
    const count = (html: string, level: string) =>
      Number(/(\d+) van \d+/.exec(text(section(html, `dekking-${level}`)))?.[1]);
    const before = readFileSync(join(root, 'dist/index.html'), 'utf8');
    const after = page('index.html');
    expect(count(before, 'opgevraagd')).toBe(0);
    expect(count(after, 'opgevraagd')).toBe(1);
    expect(count(after, 'niet-onderzocht')).toBe(count(before, 'niet-onderzocht') - 1);
    expect(count(after, 'niets-gevonden')).toBe(count(before, 'niets-gevonden'));
  });

  test('the research queue on /meedoen/ shows Vaals as "opgevraagd op ..." and counts it apart', () => {
    const html = page('meedoen/index.html');
    const row = /<tr data-slug="vaals">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(text(row)).toContain('opgevraagd op 1 december 2026 met een Woo-verzoek');
    expect(text(row)).toContain('gevraagd aan: college van burgemeester en wethouders van Vaals (testbestand)');
    expect(text(section(html, 'onderzoekslijst'))).toMatch(/en bij 1 zijn de stukken opgevraagd/);
  });
});
