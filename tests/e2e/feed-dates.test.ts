import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { lastRowChange, shallow } from './git-dates';

/*
 * Dates in the feed and the sitemap come from git: when the row behind an entry last changed.
 * The expected times are asked of git here (the last commit whose diff has a line with the row's
 * id or gemeente code), never taken from the code that wrote the files.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`${root}data/${table}.csv`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
// A preview build's feed links are paths; they are resolved against a reserved name.
const PREVIEW_BASE = 'https://preview.invalid/';
const utc = (time: string) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe.skipIf(shallow)('feed and sitemap dates from git', () => {
  const feed = readFileSync(`${dist}feed.xml`, 'utf8');
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => ({
    href: /href="([^"]+)"/.exec(m[0])![1],
    updated: /<updated>([^<]+)<\/updated>/.exec(m[0])![1],
  }));

  test('every decision in /feed.xml is dated by the last commit that changed its row, not the build', () => {
    const besluiten = csv('besluiten');
    expect(besluiten.length).toBeGreaterThan(0);
    for (const b of besluiten) {
      const entry = entries.find((e) => new URL(e.href, PREVIEW_BASE).pathname === `/besluiten/${b.id}/`);
      expect(entry, b.id).toBeDefined();
      expect(entry!.updated, b.id).toBe(utc(lastRowChange(b.id, 'data/besluiten.csv')));
    }
  });

  test('every spending line in /feed.xml is dated by the last commit that changed its row', () => {
    for (const row of csv('bestedingen')) {
      const entry = entries.find((e) => new URL(e.href, PREVIEW_BASE).hash === `#besteding-${row.id}`);
      expect(entry, row.id).toBeDefined();
      expect(entry!.updated, row.id).toBe(utc(lastRowChange(row.id, 'data/bestedingen.csv')));
    }
  });
  // The sitemap's lastmod dates are checked on a release build (a preview's sitemap lists nothing): public-address.test.ts.
});
