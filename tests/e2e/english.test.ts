import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outDir } from './page-types';
import { TABLE_NAMES, columnsOf } from '../../src/data/schemas/tables';

/*
 * The English pages under /en/: each names itself and its Dutch version with hreflang, and the
 * Dutch page names it back; they are in English (lang="en"), with Dutch words marked as Dutch.
 * (Axe, reflow, validation, privacy and link checks run over them as page types: page-types.ts.)
 */

const PAIRS: [nl: string, en: string][] = [
  ['/', '/en/'],
  ['/methode/', '/en/method/'],
  ['/data/', '/en/data/'],
  ['/over/', '/en/about/'],
];
// Without Astro's scoped-style markers, so the patterns below read the markup as written.
const html = (path: string) =>
  readFileSync(join(outDir, path, 'index.html'), 'utf8').replace(/ data-astro-cid-[a-z0-9]+/g, '');
const alternates = (page: string) =>
  new Map([...page.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]));

describe('English and Dutch versions of a page', () => {
  test.each(PAIRS)('%s and %s name each other with hreflang, both ways', (nl, en) => {
    const dutch = alternates(html(nl));
    const english = alternates(html(en));
    // A preview build names them by path; a release build by full address (public-address.test.ts builds one).
    expect(dutch).toEqual(
      new Map([
        ['nl', nl],
        ['en', en],
      ]),
    );
    expect(english).toEqual(
      new Map([
        ['en', en],
        ['nl', nl],
      ]),
    );
  });

  test.each(PAIRS)('%s is Dutch and %s English, and each links to the other', (nl, en) => {
    expect(html(nl)).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(html(en)).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(html(nl)).toContain(`<a class="lang-switch" href="${en}" hreflang="en" lang="en">English</a>`);
    expect(html(en)).toContain(`<a class="lang-switch" href="${nl}" hreflang="nl" lang="nl">Nederlands</a>`);
  });

  test.each(PAIRS.map(([, en]) => en))('%s glues no link to the word before or after it', (en) => {
    // Astro drops the space of a line break before a tag; a sentence then reads "in thebegrippenlijst".
    expect([...html(en).matchAll(/\p{L}<a [^>]*>[^<]*<\/a>|<a [^>]*>[^<]*<\/a>\p{L}/gu)].map((m) => m[0])).toEqual([]);
  });

  test('a page without a translation names no alternate', () => {
    expect(alternates(html('/gemeenten/amstelveen/')).size).toBe(0);
  });
});

describe('/en/data/', () => {
  test('has the dictionary of every column of every table, under its Dutch name', () => {
    const page = html('/en/data/');
    for (const table of TABLE_NAMES) {
      const section = new RegExp(`<section id="dictionary-${table}">([\\s\\S]*?)</section>`).exec(page)?.[1] ?? '';
      const names = [...section.matchAll(/<th scope="row" data-label="Column"><code>([^<]+)<\/code>/g)].map(
        (m) => m[1],
      );
      expect(section, table).toContain('<th scope="col">Meaning</th>');
      expect(names, table).toEqual(columnsOf(table));
    }
  });

  test('offers the same files as /data/', () => {
    const links = (page: string) =>
      [...new Set([...page.matchAll(/href="(\/data\/[^"#]+\.(?:csv|json|jsonld|xml))"/g)].map((m) => m[1]))].sort();
    expect(links(html('/en/data/'))).toEqual(links(html('/data/')));
  });
});
