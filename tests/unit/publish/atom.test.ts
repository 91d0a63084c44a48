import { describe, expect, test } from 'vitest';
import { atomFeed } from '../../../src/publish/atom';

describe('atomFeed limit', () => {
  test('keeps only the newest entries', () => {
    const entry = (day: number) => ({
      url: `https://example.org/${day}`,
      title: `t${day}`,
      summary: 's',
      updated: `2024-01-${String(day).padStart(2, '0')}`,
      category: 'Besluit',
    });
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://example.org/feed.xml',
      siteUrl: 'https://example.org/',
      author: 'A',
      entries: [1, 5, 3, 9, 7].map(entry),
      limit: 2,
      builtAt: '2026-12-05T00:00:00Z',
    });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('https://example.org/9');
    expect(xml).toContain('https://example.org/7');
    expect(xml).not.toContain('https://example.org/5<');
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'T & t',
    subtitle: 's',
    selfUrl: 'https://example.org/feed.xml',
    siteUrl: 'https://example.org/',
    author: 'A',
    builtAt: '2026-12-05T08:00:00Z',
    entries: [
      { url: 'https://example.org/a/', title: 'Oud <1>', summary: 's', updated: '2024-01-02', category: 'Besluit' },
      { url: 'https://example.org/b/', title: 'Nieuw', summary: 's', updated: '2025-03-04', category: 'Besteding' },
    ],
  });
  test('escapes text and puts the newest entry first, dated like the feed', () => {
    expect(xml).toContain('<title>T &amp; t</title>');
    expect(xml).toContain('<title>Oud &lt;1&gt;</title>');
    expect(xml.indexOf('https://example.org/b/')).toBeLessThan(xml.indexOf('https://example.org/a/'));
    expect(xml).toContain('<updated>2025-03-04T00:00:00Z</updated>\n  <author>');
  });
});

describe('atomFeed without entries', () => {
  test('is dated by the build, never by the epoch', () => {
    const xml = atomFeed({
      title: 'T',
      selfUrl: '/feed.xml',
      siteUrl: '/',
      author: 'A',
      entries: [],
      builtAt: '2026-12-05T08:09:10.123Z',
    });
    expect(xml).toContain('<updated>2026-12-05T08:09:10Z</updated>');
    expect(xml).not.toContain('1970');
  });
});
