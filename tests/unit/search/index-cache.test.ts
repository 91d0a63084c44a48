import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SearchIndexCache, searchIndexKey } from '../../../src/search/index-cache';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pok-search-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder standing in for a written index: one file with this text. */
function fakeIndex(text: string): string {
  const dir = join(temp(), 'pagefind');
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), text);
  return dir;
}

describe('search index key', () => {
  const pages = [
    { path: 'a/index.html', html: '<p>Amstelveen</p>' },
    { path: 'b/index.html', html: '<p>Diemen</p>' },
  ];
  const key = searchIndexKey('pagefind 1.6.0', pages);

  test('changes with any page text, any path, the settings, and where one part ends', () => {
    expect(searchIndexKey('pagefind 1.6.0', pages)).toBe(key);
    expect(searchIndexKey('pagefind 1.6.0', [pages[0], { ...pages[1], html: '<p>Diemen.</p>' }])).not.toBe(key);
    expect(searchIndexKey('pagefind 1.6.0', [pages[0], { ...pages[1], path: 'c/index.html' }])).not.toBe(key);
    expect(searchIndexKey('pagefind 1.6.1', pages)).not.toBe(key);
    expect(searchIndexKey('pagefind 1.6.0', [pages[0]])).not.toBe(key);
    // Bytes and the same text as a string give the same key; "ab" + "c" and "a" + "bc" are different inputs.
    expect(
      searchIndexKey(
        'pagefind 1.6.0',
        pages.map((page) => ({ ...page, html: Buffer.from(page.html) })),
      ),
    ).toBe(key);
    expect(searchIndexKey('', [{ path: 'ab', html: 'c' }])).not.toBe(searchIndexKey('', [{ path: 'a', html: 'bc' }]));
  });
});

describe('search index cache', () => {
  test('restores exactly what was stored under a key, and nothing under another', () => {
    const cache = new SearchIndexCache(join(temp(), 'cache'));
    const key = 'a'.repeat(64);
    cache.store(key, fakeIndex('index of build 1'));
    const target = join(temp(), 'dist', 'pagefind');
    expect(cache.restore('b'.repeat(64), target)).toBe(false);
    expect(cache.restore(key, target)).toBe(true);
    expect(readFileSync(join(target, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('index of build 1');
  });

  test('replaces what the target folder held before', () => {
    const cache = new SearchIndexCache(join(temp(), 'cache'));
    const key = 'c'.repeat(64);
    cache.store(key, fakeIndex('new'));
    const target = fakeIndex('old');
    writeFileSync(join(target, 'stale.txt'), 'from an older build');
    cache.restore(key, target);
    expect(readdirSync(target).sort()).toEqual(['fragment']);
    expect(readFileSync(join(target, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('new');
  });

  test('keeps the three most recently used indexes', () => {
    const dir = join(temp(), 'cache');
    const cache = new SearchIndexCache(dir);
    const keys = ['1', '2', '3', '4'].map((digit) => digit.repeat(64));
    keys.forEach((key, age) => {
      cache.store(key, fakeIndex(key));
      // Stored one second apart, oldest first.
      const when = new Date(Date.now() - (10 - age) * 1000);
      utimesSync(join(dir, key), when, when);
    });
    cache.store('5'.repeat(64), fakeIndex('newest'));
    expect(readdirSync(dir).sort()).toEqual([keys[2], keys[3], '5'.repeat(64)]);
  });

  test('without a folder it stores nothing and restores nothing', () => {
    const cache = new SearchIndexCache(null);
    cache.store('d'.repeat(64), fakeIndex('x'));
    expect(cache.restore('d'.repeat(64), join(temp(), 'pagefind'))).toBe(false);
  });
});
