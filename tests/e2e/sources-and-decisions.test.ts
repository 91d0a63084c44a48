import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { allHtmlFiles, outDir } from './page-types';

const base = inject('baseUrl');
// Everything expected comes from data/ itself, not from the code that builds the pages.
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../data/${table}.csv`, import.meta.url)), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
const html = (file: string) => readFileSync(join(outDir, file), 'utf8');
/** Every href in a page (attribute values unescaped for &amp;). */
const hrefs = (page: string) => [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

const bronnen = csv('bronnen');
const slugOf = new Map(csv('gemeenten').map((g) => [g.cbs_code, g.slug]));

/** Where each row citing a source must be linked from that source's page. */
function expectedCitations(): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const add = (bron: string, href: string) => expected.set(bron, [...(expected.get(bron) ?? []), href]);
  const page = (code: string) => `/gemeenten/${slugOf.get(code)}/`;
  for (const r of csv('rijksmiddelen')) add(r.bron, `/rijksgeld/#rijksmiddel-${r.id}`);
  for (const r of csv('toekenningen')) add(r.bron, `${page(r.cbs_code)}#toekenning-${r.id}`);
  for (const r of csv('bestedingen')) add(r.bron, `${page(r.cbs_code)}#besteding-${r.id}`);
  for (const r of csv('verschuivingen')) add(r.bron, `${page(r.cbs_code)}#verschuiving-${r.id}`);
  for (const r of csv('besluiten')) add(r.bron, `/besluiten/${r.id}/`);
  for (const r of csv('resultaten')) add(r.bron, `${page(r.cbs_code)}#resultaat-${r.id}`);
  for (const r of csv('vermeldingen')) add(r.bron, `${page(r.cbs_code)}#vermelding-${r.id}`);
  return expected;
}

describe('/bronnen/ and a page per source', () => {
  test('/bronnen/ links the page of every source in data/bronnen.csv', () => {
    const links = hrefs(html('bronnen/index.html'));
    expect(bronnen.length).toBeGreaterThan(25);
    for (const b of bronnen) expect(links, b.id).toContain(`/bronnen/${b.id}/`);
  });

  test('each source page says what it is, who published it, primary or not, and where to find it', () => {
    for (const b of bronnen) {
      const page = html(`bronnen/${b.id}/index.html`);
      expect(page, b.id).toContain(b.uitgever.replace(/&/g, '&amp;'));
      expect(page).toContain(b.primair === 'ja' ? 'Primair' : 'Secundair');
      if (b.url) expect(hrefs(page), b.id).toContain(b.url);
      else expect(page, b.id).toContain('Geen openbaar webadres');
    }
  });

  test('each source page links every figure and decision that cites it', () => {
    const expected = expectedCitations();
    let checked = 0;
    for (const [bron, links] of expected) {
      const page = hrefs(html(`bronnen/${bron}/index.html`));
      for (const link of links) {
        expect(page, `${bron} → ${link}`).toContain(link);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test('the population sources link the population table of every gemeente they cover', () => {
    const byBron = new Map<string, Set<string>>();
    for (const r of csv('inwoners'))
      byBron.set(r.bron, (byBron.get(r.bron) ?? new Set()).add(`/gemeenten/${slugOf.get(r.cbs_code)}/#inwoners`));
    for (const [bron, links] of byBron) {
      const page = new Set(hrefs(html(`bronnen/${bron}/index.html`)));
      expect(
        [...links].filter((link) => !page.has(link)),
        bron,
      ).toEqual([]);
    }
  });

  test('every source link on the site goes to an existing source page and is named by its title; a fact row links the document itself', () => {
    const ids = new Set(bronnen.map((b) => b.id));
    const titleOf = new Map(bronnen.map((b) => [b.id, b.titel]));
    const urlOf = new Map(bronnen.map((b) => [b.id, b.url]));
    const decode = (text: string) =>
      text
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"');
    let links = 0;
    for (const file of allHtmlFiles()) {
      for (const m of html(file).matchAll(/<a href="([^"]*)" class="source-ref"[^>]*>(.*?)<\/a>/g)) {
        const id = /^\/bronnen\/([^/]+)\/$/.exec(m[1])?.[1];
        expect(id && ids.has(id), `${file}: ${m[1]}`).toBe(true);
        // Links to different places read differently (issue 22): the source's title, not "bron".
        expect(decode(m[2]), `${file}: ${id}`).toBe(titleOf.get(id!));
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(100);
    // In a fact row, the document itself is one click away, in the row's menu.
    let documents = 0;
    for (const slug of ['amstelveen', 'enschede', 'aalsmeer']) {
      for (const row of html(`gemeenten/${slug}/index.html`).matchAll(
        /<tr id="(?:besteding|toekenning|verschuiving)-[^"]*".*?<\/tr>/gs,
      )) {
        const bron = /href="\/bronnen\/([^/]+)\/" class="source-ref"/.exec(row[0])?.[1];
        if (!bron || !urlOf.get(bron)) continue;
        expect(decode(row[0]), bron).toContain(`href="${urlOf.get(bron)}"`);
        documents += 1;
      }
    }
    expect(documents).toBeGreaterThan(3);
  });

  test('a figure whose source is not public or secondary says so in words at the figure', () => {
    const amstelveen = html('gemeenten/amstelveen/index.html');
    const row = amstelveen.slice(amstelveen.indexOf('id="toekenning-amstelveen-pok-2022-2027"'));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/class="source-warning"> \(niet openbaar/);
    const emmen = html('gemeenten/emmen/index.html');
    const emmenRow = emmen.slice(emmen.indexOf('id="toekenning-emmen-komende-vier-jaar"'));
    expect(emmenRow.slice(0, emmenRow.indexOf('</tr>'))).toContain('secundaire bron (nieuwsbericht, RTV Drenthe)');
  });
});

describe('/besluiten/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const besluiten = csv('besluiten');
  const newestFirst = [...besluiten]
    .sort((a, b) => (a.datum === b.datum ? a.id.localeCompare(b.id) : a.datum < b.datum ? 1 : -1))
    .map((b) => b.id);

  test('lists every decision, newest first, linked to its own page', async () => {
    const { page, context, errors } = await openPage(browser, { javaScript: false });
    const response = await page.goto(`${base}/besluiten/`);
    expect(response?.status()).toBe(200);
    const rows = await page
      .locator('#alle tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^besluit-/, '')));
    expect(rows).toEqual(newestFirst);
    for (const id of newestFirst) expect(await page.locator(`#alle a[href="/besluiten/${id}/"]`).count(), id).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('filters by gemeente, body, outcome and year without JavaScript', async () => {
    const { page, context } = await openPage(browser, { javaScript: false, width: 360 });
    await page.goto(`${base}/besluiten/`);
    const cases: [string, (b: Record<string, string>) => boolean][] = [
      ['gemeente-enschede', (b) => b.cbs_code === 'GM0153'],
      ['orgaan-raad', (b) => b.orgaan === 'raad'],
      ['uitkomst-voorgesteld', (b) => b.uitkomst === 'voorgesteld'],
      ['jaar-2022', (b) => b.datum.startsWith('2022')],
    ];
    for (const [anchor, keep] of cases) {
      await page.locator(`#filter a[href="#${anchor}"]`).click();
      await page.waitForURL(`**/besluiten/#${anchor}`);
      const shown = await page
        .locator(`[id="${anchor}"] li a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = newestFirst
        .filter((id) => keep(besluiten.find((b) => b.id === id)!))
        .map((id) => `/besluiten/${id}/`);
      expect(expected.length, anchor).toBeGreaterThan(0);
      expect(shown, anchor).toEqual(expected);
    }
    // No sideways scrolling on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
