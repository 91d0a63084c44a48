import { describe, expect, test } from 'vitest';
import { changesFeed } from '../../../src/publish/changes-feed';
import type { DataCommit } from '../../../src/publish/changelog';

const commit = (short: string, date: string, subject: string): DataCommit => ({
  hash: `${short}000`,
  short,
  date,
  subject,
  baseUnknown: false,
  files: [],
});

describe('changesFeed (through the one Atom writer)', () => {
  const commits = [
    commit('bbbbbbb', '2026-11-23T16:07:06+01:00', 'Rijen <nieuw> & "anders"'),
    commit('aaaaaaa', '2026-10-01T09:00:00+02:00', 'eerste'),
  ];
  const xml = changesFeed(commits, {
    title: 'W',
    pageUrl: '/data/wijzigingen/',
    feedUrl: '/data/wijzigingen/atom.xml',
    author: 'A',
    builtAt: '2026-12-05T10:00:00.000Z',
    notice: 'Onvolledig',
    iri: (url) => `tag:x,2021:${url}`,
  });

  test('one entry per commit, newest first, ids made absolute and links left as paths', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('#versie-bbbbbbb')).toBeLessThan(xml.indexOf('#versie-aaaaaaa'));
    expect(xml).toContain('<id>tag:x,2021:/data/wijzigingen/#versie-bbbbbbb</id>');
    expect(xml).toContain('<id>tag:x,2021:/data/wijzigingen/atom.xml</id>');
    expect(xml).toContain('href="/data/wijzigingen/#versie-aaaaaaa"');
  });

  test('escapes the subject, dates in UTC like the feed, says the notice, and has no category', () => {
    expect(xml).toContain('<title>2026-11-23 (bbbbbbb): Rijen &lt;nieuw&gt; &amp; &quot;anders&quot;</title>');
    expect(xml).toContain('<updated>2026-11-23T15:07:06Z</updated>\n  <author>');
    expect(xml).toContain('<subtitle>Onvolledig</subtitle>');
    expect(xml).not.toContain('<category');
  });

  test('with entries, the feed is dated by its newest entry, not by the build', () => {
    expect(xml).not.toContain('2026-12-05');
  });

  test('without history: no entries, says so in its text, and is dated by the build, never the epoch', () => {
    const empty = changesFeed([], {
      title: 'W',
      pageUrl: '/p/',
      feedUrl: '/p/atom.xml',
      author: 'A',
      builtAt: '2026-12-05T10:11:12.345Z',
    });
    expect(empty).not.toContain('<entry>');
    expect(empty).toMatch(/<subtitle>Geen wijzigingen bekend[^<]*bouw\.<\/subtitle>/);
    expect(empty).toContain('<updated>2026-12-05T10:11:12Z</updated>');
    expect(empty).not.toContain('1970');
    // A reason given by the caller (no git history) replaces the general sentence.
    const reason = changesFeed([], {
      title: 'W',
      pageUrl: '/p/',
      feedUrl: '/p/atom.xml',
      author: 'A',
      builtAt: '2026-12-05T10:11:12Z',
      notice: 'Geen wijzigingen bekend: geen git.',
    });
    expect(reason).toContain('<subtitle>Geen wijzigingen bekend: geen git.</subtitle>');
  });
});
