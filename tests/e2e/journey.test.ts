import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';
import { smallestGemeente2024 } from './source-facts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a resident finds Amstelveen and its decision', () => {
  test('home → search Amstelveen → allocation → decision → source', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByLabel('Zoek uw gemeente').first().fill('Amstelveen');
    await Promise.all([
      page.waitForURL(`${base}/gemeenten/amstelveen/`),
      page.getByLabel('Zoek uw gemeente').first().press('Enter'),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Amstelveen');

    const allocation = page.locator('#toekenningen');
    expect(plain(await allocation.textContent())).toContain('€ 2.932.000');
    // The figure links to its source's own page; the document has no public URL, which the
    // figure says, and the page's source list names where it can be inspected.
    const sourceHref = await allocation.locator('a.source-ref').first().getAttribute('href');
    expect(sourceHref).toBe('/bronnen/amstelveen-2024-05-28-collegebesluit-ombudsman/');
    expect(plain(await allocation.locator('.source-warning').first().textContent())).toContain('niet openbaar');
    expect(await page.locator('[id="bron-amstelveen-2024-05-28-collegebesluit-ombudsman"]').textContent()).toContain(
      'vindplaats',
    );

    const decisionLink = page.locator('#besluiten a[href="/besluiten/amstelveen-2024-05-28-ombudsman/"]');
    expect(plain(await page.locator('#besluit-amstelveen-2024-05-28-ombudsman').textContent())).toContain(
      '28 mei 2024',
    );
    await Promise.all([page.waitForURL(`${base}/besluiten/amstelveen-2024-05-28-ombudsman/`), decisionLink.click()]);

    const facts = plain(await page.locator('#besluit').textContent());
    expect(facts).toContain('28 mei 2024');
    // The college adopted its proposal to refuse the request: the page says what became of the request.
    expect(facts).toContain('Verzoek afgewezen');
    expect(facts).not.toContain('Aangenomen');
    expect(facts).toContain('Verzoek van de ombudsman om een deel van de POK-middelen afgewezen');
    expect(facts).toContain('Ombudsman Metropool Amsterdam');
    const source = page.locator('#bronnen');
    expect(await source.textContent()).toContain(
      'Verzoek tot beschikbaar stellen POK-middelen aan gemeentelijke ombudsman',
    );
    expect(await source.textContent()).toContain('B&W-vergadering 28 mei 2024');
    expect(await page.locator('#besluit a.source-ref').getAttribute('href')).toBe(
      '/bronnen/amstelveen-2024-05-28-collegebesluit-ombudsman/',
    );
    await Promise.all([
      page.waitForURL(`${base}/bronnen/amstelveen-2024-05-28-collegebesluit-ombudsman/`),
      page.locator('#besluit a.source-ref').click(),
    ]);
    expect(await page.locator('#document').textContent()).toContain('B&W-vergadering 28 mei 2024');
    expect(await page.locator('#gebruikt a[href="/besluiten/amstelveen-2024-05-28-ombudsman/"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the search lands on the results page, whose A-Z list links Amstelveen and every current gemeente', async () => {
    const { page, context, errors } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/`);
    await page.locator('#zoek-gemeente-kop').fill('Amstelveen');
    await Promise.all([
      page.waitForURL(/\/zoeken\/\?q=Amstelveen$/),
      page.locator('#zoek-gemeente-kop').press('Enter'),
    ]);
    const link = page.locator('#a-z .az-list a[href="/gemeenten/amstelveen/"]');
    expect(await link.count()).toBe(1);
    // Current gemeenten are the A-Z items that are neither another name nor a former gemeente.
    expect(
      await page.locator('#a-z .az-list li:not(:has-text("zie ")):not(:has-text("voormalige gemeente"))').count(),
    ).toBe(342);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('pages without data say so', () => {
  test('a gemeente that was searched without result says what was searched and when', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amsterdam/`);
    const empty = page.locator('#geen-gegevens');
    // The research notes do not record when Amsterdam was searched: the page says so instead of borrowing a date.
    const searches = Papa.parse<Record<string, string>>(
      readFileSync(fileURLToPath(new URL('../../data/onderzocht.csv', import.meta.url)), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(searches.filter((s) => s.cbs_code === 'GM0363').at(-1)!.datum).toBe('');
    expect(await empty.textContent()).toContain('datum niet vastgelegd');
    expect(await empty.textContent()).toContain('vonden niets');
    // It is said once for every kind of fact: no empty part per kind, no table, no chart.
    expect(await page.locator('main p.empty').count()).toBe(0);
    expect(await page.locator('main > section:not(#inwoners) table, main svg.chart-svg').count()).toBe(0);
    expect(await page.locator('.badge').first().textContent()).toBe('Gezocht, niets gevonden');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a gemeente never searched says it was not searched', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/vaals/`);
    expect(await page.locator('#geen-gegevens').textContent()).toContain('nog niet gezocht');
    expect(await page.locator('.badge').first().textContent()).toBe('Nog niet onderzocht');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a former gemeente links to its successor', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/weesp/`);
    const notice = page.locator('.notice');
    expect(await notice.locator('a').getAttribute('href')).toBe('/gemeenten/amsterdam/');
    expect(await notice.textContent()).toContain('23 maart 2022');
    await context.close();
  });
});

describe('the list of gemeenten', () => {
  test('filters by the ?q= from the search box and sorts by a column', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/?q=amstel`);
    const visible = page.locator('#gemeenten tbody tr:not([hidden])');
    const names = await visible.locator('td:first-child').allTextContents();
    expect(names.sort()).toEqual(['Amstelveen', 'Ouder-Amstel']);
    expect(await page.locator('[data-count]').textContent()).toBe('2 van 342 gemeenten getoond.');

    await page.locator('#filter-naam').fill('');
    await page.getByRole('button', { name: 'Inwoners 2024' }).click();
    expect(await page.locator('th[aria-sort]').textContent()).toBe('Inwoners 2024');
    const first = await page.locator('#gemeenten tbody tr td:first-child').first().textContent();
    expect(first).toBe(smallestGemeente2024());
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('unknown addresses', () => {
  test('answer 404 with a way to find a gemeente', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${base}/gemeenten/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
    expect(await page.locator('#zoek-gemeente').count()).toBe(1);
    await context.close();
  });
});
