import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtFileFor, checkRegistry, parseRegistry, publishedPaths, redirectTarget } from '../support/url-registry';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/links/${name}`, import.meta.url));
const fixtureRedirects = JSON.parse(readFileSync(fixture('redirects.json'), 'utf8')) as Record<string, string>;

describe('checkRegistry', () => {
  const dist = fixture('dist');
  const registry = (name: string) => parseRegistry(readFileSync(fixture(name), 'utf8'));
  test('passes when every registered URL is built or redirected to a built page', () => {
    expect(checkRegistry(registry('registry-ok.txt'), dist, fixtureRedirects)).toEqual([]);
  });
  test('fails on a registered page that is no longer built and has no redirect', () => {
    expect(checkRegistry(registry('registry-removed.txt'), dist, fixtureRedirects)).toEqual([
      {
        path: '/gemeenten/verdwenen/',
        reason: 'is no longer built and has no redirect: add one to src/publish/redirects.ts',
      },
    ]);
  });
  test('fails on a redirect whose target is not built', () => {
    expect(checkRegistry(['/gemeenten/wees/'], dist, fixtureRedirects)).toEqual([
      { path: '/gemeenten/wees/', reason: 'redirects to /gemeenten/weg/, which is not built' },
    ]);
  });
  test('fails on a redirect the build did not emit', () => {
    expect(
      checkRegistry(['/gemeenten/elders/'], dist, { '/gemeenten/elders/': '/gemeenten/nieuw/' })[0].reason,
    ).toContain('did not emit');
  });
  test('maps paths to built files and reads redirect pages', () => {
    expect(builtFileFor('/')).toBe('index.html');
    expect(builtFileFor('/gemeenten/')).toBe('gemeenten/index.html');
    expect(builtFileFor('/feed.xml')).toBe('feed.xml');
    expect(redirectTarget(readFileSync(fixture('dist/gemeenten/oud/index.html'), 'utf8'))).toBe('/gemeenten/nieuw/');
  });
});

describe('publishedPaths', () => {
  test('lists built pages and the feed, not redirect pages', () => {
    expect(publishedPaths(fixture('dist'))).toEqual(['/', '/feed.xml', '/gemeenten/nieuw/']);
  });
});
