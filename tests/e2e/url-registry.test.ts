import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkRegistry, parseRegistry, publishedPaths } from '../support/url-registry';
import { REDIRECTS } from '../../src/publish/redirects';

const outDir = process.env.POK_OUT_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const registry = parseRegistry(
  readFileSync(fileURLToPath(new URL('../support/published-urls.txt', import.meta.url)), 'utf8'),
);
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/links/${name}`, import.meta.url));

describe('checkRegistry', () => {
  test('every published URL in the registry is still built or redirected', () => {
    expect(registry.length).toBeGreaterThan(300);
    expect(checkRegistry(registry, outDir, REDIRECTS)).toEqual([]);
  });

  test('every built page is in the registry, so no published URL can vanish unnoticed', () => {
    // A new page is added to tests/support/published-urls.txt in the change that publishes it.
    expect(publishedPaths(outDir).filter((path) => !registry.includes(path))).toEqual([]);
  });

  test('the registry lists the core pages, every kind once at least', () => {
    for (const path of [
      '/',
      '/gemeenten/',
      '/gemeenten/amstelveen/',
      '/gemeenten/diemen/',
      '/besluiten/amstelveen-2024-05-28-ombudsman/',
      '/methode/',
      '/over/',
      '/correcties/',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
    ]) {
      expect(registry).toContain(path);
    }
  });

  test('a registry that names a removed page fails the check (fixture)', () => {
    const removed = parseRegistry(readFileSync(fixture('registry-removed.txt'), 'utf8'));
    const problems = checkRegistry(
      removed,
      fixture('dist'),
      JSON.parse(readFileSync(fixture('redirects.json'), 'utf8')),
    );
    expect(problems.map((p) => p.path)).toEqual(['/gemeenten/verdwenen/']);
  });

  test('the same fixture passes once the removed page has a redirect page to a built page', () => {
    const removed = parseRegistry(readFileSync(fixture('registry-removed.txt'), 'utf8')).filter(
      (p) => p !== '/gemeenten/verdwenen/',
    );
    expect(
      checkRegistry(
        [...removed, '/gemeenten/oud/'],
        fixture('dist'),
        JSON.parse(readFileSync(fixture('redirects.json'), 'utf8')),
      ),
    ).toEqual([]);
  });
});
