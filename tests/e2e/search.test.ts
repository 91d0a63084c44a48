import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../data/${file}`, import.meta.url)), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;

/** Types a term into the header box and presses Enter. */
async function enterInHeader(page: Page, term: string, url: string | RegExp) {
  await page.locator('#zoek-gemeente-kop').fill(term);
  await Promise.all([page.waitForURL(url), page.locator('#zoek-gemeente-kop').press('Enter')]);
}
/** The results page once it has searched: its status line and the links of both lists. */
async function results(page: Page) {
  await page.locator('search-page [data-results]:not([hidden])').waitFor({ timeout: 15_000 });
  const links = (list: string) =>
    page.locator(`search-page [${list}] li a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return {
    status: await page.locator('search-page [data-status]').textContent(),
    gemeenten: await links('data-gemeenten'),
    pages: await links('data-pages'),
  };
}

describe('one search, from the header box', () => {
  test('"Den Haag" + Enter reaches \'s-Gravenhage, and "Den Bosch" \'s-Hertogenbosch (names from data/gemeentenamen.csv)', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/over/`);
    await enterInHeader(page, 'Den Haag', `${base}/gemeenten/s-gravenhage/`);
    expect(await page.locator('h1').textContent()).toContain("'s-Gravenhage");
    await enterInHeader(page, 'den bosch', `${base}/gemeenten/s-hertogenbosch/`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('while typing "Den Ha", \'s-Gravenhage is the first suggestion, found by the name Den Haag', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.locator('#zoek-gemeente-kop').pressSequentially('Den Ha', { delay: 20 });
    const first = page.locator('#zoekresultaten ol li').first();
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain("'s-Gravenhage");
    expect(await first.textContent()).toContain('ook: Den Haag');
    expect(await first.locator('a').getAttribute('href')).toBe('/gemeenten/s-gravenhage/');
    await context.close();
  });

  test('"amstel" + Enter opens the results page with Amstelveen first, before pages that mention it', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    await enterInHeader(page, 'amstel', `${base}/zoeken/?q=amstel`);
    const found = await results(page);
    expect(found.gemeenten[0]).toBe('/gemeenten/amstelveen/');
    expect(found.gemeenten).toContain('/gemeenten/ouder-amstel/');
    // Gemeenten come first on the page, the full-text results after them.
    const order = await page
      .locator('search-page [data-results] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(order[0]).toBe('/gemeenten/amstelveen/');
    expect(found.pages.length).toBeGreaterThan(0);
    expect(await page.locator('#zoek-pagina').inputValue()).toBe('amstel');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a topic word ("rechtsbescherming") reaches a results page with that topic: Enschede\'s spending line', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/methode/`);
    await enterInHeader(page, 'rechtsbescherming', `${base}/zoeken/?q=rechtsbescherming`);
    const found = await results(page);
    expect(found.gemeenten).toEqual([]);
    expect(found.pages.some((href) => href!.startsWith('/gemeenten/enschede/'))).toBe(true);
    expect(found.status).toMatch(/0 gemeenten en \d+ pagina/);
    const marks = await page.locator('search-page [data-pages] mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('rechtsbescherming');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('can show every result, 20 at a time, and its snippets keep words apart', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/zoeken/?q=Noord-Brabant`);
    const found = await results(page);
    const total = Number(/(\d+) pagina/.exec(found.status ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(found.pages.length).toBe(20);
    const more = page.locator('search-page [data-more]');
    while (await more.isVisible()) {
      const before = await page.locator('search-page [data-pages] li').count();
      await more.click();
      await expect
        .poll(() => page.locator('search-page [data-pages] li').count(), { timeout: 15_000 })
        .toBeGreaterThan(before);
    }
    expect(await page.locator('search-page [data-pages] li').count()).toBe(total);
    // Minified HTML once glued a term to its value ("GemeenteAmstelveenDatum15").
    await page.goto(`${base}/zoeken/?q=ombudsman`);
    await results(page);
    const snippets = (await page.locator('search-page [data-pages] li p').allTextContents()).join(' ');
    expect(snippets).not.toMatch(/GemeenteAmstelveen|AmstelveenDatum|ProvincieNoord/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('searching without JavaScript', () => {
  test('leads to /zoeken/, which says why it cannot search and lists topics and every gemeente A-Z with jump links', async () => {
    const { page, context, errors } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/`);
    await Promise.all([
      page.waitForURL(`${base}/zoeken/?q=Enschede`),
      page
        .locator('#zoek-gemeente-kop')
        .fill('Enschede')
        .then(() => page.locator('#zoek-gemeente-kop').press('Enter')),
    ]);
    expect(await page.locator('[data-no-script]').textContent()).toContain('werkt alleen met JavaScript');
    expect(await page.locator('#onderwerpen a[href="/vergelijk/"]').count()).toBe(1);
    // Jump link to E, and Enschede under it.
    await page.locator('.az-letters a[href="#letter-e"]').click();
    expect(page.url()).toBe(`${base}/zoeken/?q=Enschede#letter-e`);
    expect(await page.locator('section:has(> #letter-e) a[href="/gemeenten/enschede/"]').count()).toBe(1);
    // Every gemeente once, and every other name pointing to its gemeente.
    const gemeenten = csv('gemeenten.csv');
    const names = csv('gemeentenamen.csv');
    for (const g of gemeenten)
      expect(await page.locator(`#a-z .az-list a[href="/gemeenten/${g.slug}/"]`).count(), g.naam).toBe(
        1 + names.filter((n) => n.cbs_code === g.cbs_code).length,
      );
    expect(await page.locator('section:has(> #letter-d) li', { hasText: 'Den Haag' }).textContent()).toContain(
      "zie 's-Gravenhage",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
