import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

/*
 * Dates in the feed and the sitemap come from git: when the row behind an entry last changed.
 * The expected times are asked of git here (the last commit whose diff has a line with the row's
 * id or gemeente code), never taken from the code that wrote the files.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
const csv = (table: string) => Papa.parse<Record<string, string>>(readFileSync(`${root}data/${table}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
/** The last commit time of a change to a line of `file` that contains `text`. */
const lastChange = (text: string, ...paths: string[]) => git('log', '-1', '--format=%cI', `-G${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, '--', ...paths);
const utc = (time: string) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe.skipIf(shallow)('feed and sitemap dates from git', () => {
  const feed = readFileSync(`${dist}feed.xml`, 'utf8');
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => ({ href: /href="([^"]+)"/.exec(m[0])![1], updated: /<updated>([^<]+)<\/updated>/.exec(m[0])![1] }));

  test('every decision in /feed.xml is dated by the last commit that changed its row, not the build', () => {
    const besluiten = csv('besluiten');
    expect(besluiten.length).toBeGreaterThan(0);
    for (const b of besluiten) {
      const entry = entries.find((e) => new URL(e.href).pathname === `/besluiten/${b.id}/`);
      expect(entry, b.id).toBeDefined();
      expect(entry!.updated, b.id).toBe(utc(lastChange(b.id, 'data/besluiten.csv')));
    }
  });

  test('every spending line in /feed.xml is dated by the last commit that changed its row', () => {
    for (const row of csv('bestedingen')) {
      const entry = entries.find((e) => new URL(e.href).hash === `#besteding-${row.id}`);
      expect(entry, row.id).toBeDefined();
      expect(entry!.updated, row.id).toBe(utc(lastChange(row.id, 'data/bestedingen.csv')));
    }
  });

  test('the sitemap has a lastmod for every URL; a gemeente page has the time its newest row or text changed', () => {
    const sitemap = readFileSync(`${dist}sitemap.xml`, 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ path: new URL(m[1]).pathname, lastmod: m[2] }));
    expect(urls.length).toBe((sitemap.match(/<url>/g) ?? []).length);
    for (const url of urls) {
      expect(url.lastmod, url.path).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?$/);
      expect(Date.parse(url.lastmod!), url.path).toBeLessThanOrEqual(Date.now());
    }
    for (const slug of ['amstelveen', 'diemen']) {
      const code = csv('gemeenten').find((g) => g.slug === slug)!.cbs_code;
      const expected = [lastChange(code, 'data/'), git('log', '-1', '--format=%cI', '--', `content/gemeenten/${slug}.mdx`)].filter(Boolean).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      expect(urls.find((u) => u.path === `/gemeenten/${slug}/`)!.lastmod, slug).toBe(expected);
    }
    // A page without rows of its own: the last change to data/, which every page's footer shows.
    expect(urls.find((u) => u.path === '/data/')!.lastmod).toBe(git('log', '-1', '--format=%cs', '--', 'data/'));
  });
});
