import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const read = (path: string) =>
  readFileSync(path.startsWith('dist/') ? `${dist}${path.slice(5)}` : `${root}${path}`, 'utf8');

describe('the built site', () => {
  test('has a page for every row of gemeenten.csv and every decision', () => {
    const gemeenten = Papa.parse<Record<string, string>>(read('data/gemeenten.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(gemeenten.length).toBeGreaterThanOrEqual(342);
    const missing = gemeenten.filter((g) => !existsSync(`${dist}gemeenten/${g.slug}/index.html`)).map((g) => g.slug);
    expect(missing).toEqual([]);
    const besluiten = Papa.parse<Record<string, string>>(read('data/besluiten.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(besluiten.filter((b) => !existsSync(`${dist}besluiten/${b.id}/index.html`)).map((b) => b.id)).toEqual([]);
  });

  test('every page is Dutch and has a canonical link; the 404 page has none and is not indexed', () => {
    for (const path of [
      'index.html',
      'gemeenten/index.html',
      'gemeenten/diemen/index.html',
      'over/index.html',
      'methode/index.html',
      '404.html',
    ]) {
      const html = read(`dist/${path}`);
      expect(html, path).toContain('<html lang="nl"');
      // The 404 page is served at any missing address, so it cannot name one canonical URL.
      if (path === '404.html') {
        expect(html, path).not.toContain('rel="canonical"');
        expect(html, path).toContain('<meta name="robots" content="noindex">');
      } else expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
    }
  });
});
