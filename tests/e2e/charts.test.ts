import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every chart block on the page: id, table row count and download links. */
async function charts(page: Page) {
  return page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((f) => ({
      id: f.id,
      svg: f.querySelector('.chart-frame svg') !== null,
      summary: f.querySelector('.chart-summary')?.textContent ?? '',
      tableRows: f.querySelectorAll('details.chart-table tbody tr').length,
      csv: f.querySelector<HTMLAnchorElement>('a[href$=".csv"]')?.getAttribute('href') ?? null,
      svgFile: f.querySelector<HTMLAnchorElement>('a[href$=".svg"]')?.getAttribute('href') ?? null,
      png: f.querySelector<HTMLAnchorElement>('a[href$=".png"]')?.getAttribute('href') ?? null,
      self: f.querySelector<HTMLAnchorElement>(`a[href="#${f.id}"]`) !== null,
    })),
  );
}

/** Data rows of a CSV file (records, not lines: quoted cells may hold commas). */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) records++;
  }
  return records - 1;
}

describe('every chart has its SVG, table, downloads and link', () => {
  for (const path of ['/', '/gemeenten/amstelveen/', '/gemeenten/diemen/', '/gemeenten/enschede/']) {
    test(`${path}: table, CSV with exactly the rows shown, SVG file, and PNG for the national charts`, async () => {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${base}${path}`);
      const list = await charts(page);
      expect(list.length).toBeGreaterThan(0);
      for (const chart of list) {
        expect(chart.svg, chart.id).toBe(true);
        expect(chart.self, chart.id).toBe(true);
        expect(chart.summary.length, chart.id).toBeGreaterThan(20);
        expect(chart.tableRows, chart.id).toBeGreaterThan(0);
        const csv = await page.request.get(`${base}${chart.csv}`);
        expect(csv.status(), chart.csv!).toBe(200);
        expect(csvRecords(await csv.text()), chart.csv!).toBe(chart.tableRows);
        const svg = await page.request.get(`${base}${chart.svgFile}`);
        expect(svg.status()).toBe(200);
        expect(await svg.text()).toContain('<svg');
        // PNG is rendered for the national charts on the home page only (build time at scale).
        if (path !== '/') {
          expect(chart.png, chart.id).toBeNull();
          continue;
        }
        const png = await page.request.get(`${base}${chart.png}`);
        expect(png.status()).toBe(200);
        expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

// These read the wide drawing (the one a 1200 px screen shows); the phone drawing is checked in phone-print.test.ts.
describe('the gemeente charts follow the data', () => {
  test('Amstelveen: the summary states the shifts of the 2e bestuursrapportage 2022', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const summary = plain(await page.locator('#grafiek-geld-per-jaar .chart-summary').textContent());
    // Source: 238.000 moved out of 2022, 113.000 to 2023 and 125.000 to 2024.
    expect(summary).toContain('verschoof in 2022 € 113.000 naar 2023 en € 125.000 naar 2024');
    expect(summary).toContain('€ 2.932.000');
    // The period amount is one bar, not six.
    expect(await page.locator('#grafiek-geld-per-jaar .chart-wide g.bar[data-id="amstelveen-pok-2022-2027"]').count()).toBe(1);
    // Lines without a year are listed beside the chart, not dropped.
    expect(plain(await page.locator('#grafiek-geld-per-jaar .chart-aside').first().textContent())).toContain('€ 368.500');
    await context.close();
  });

  test('Diemen: plans without an amount are hatched and say "niet gemeld", not € 0', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/diemen/`);
    const bars = page.locator('#grafiek-geld-per-jaar .chart-wide g.bar');
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await page.locator('#grafiek-geld-per-jaar .chart-wide g.bar rect[fill^="url(#"]').count()).toBe(await bars.count());
    expect(await page.locator('#grafiek-geld-per-jaar .chart-wide svg').textContent()).toContain('niet gemeld');
    expect(await page.locator('#grafiek-geld-per-jaar .chart-wide svg').textContent()).not.toContain('€ 0');
    await context.close();
  });

  test('the national money chart draws the stated total with its part and the rest "onbekend"', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    const chart = page.locator('#grafiek-rijksgeld');
    expect(await chart.locator('.chart-wide g.column').count()).toBe(7);
    const col2022 = plain(await chart.locator('.chart-wide g.column[data-year="2022"]').textContent());
    expect(col2022).toContain('€ 150 mln');
    expect(col2022).toContain('€ 21 mln');
    expect(col2022).toContain('onbekend');
    // The € 124 mln of 2021 is not drawn as a part: its source does not say it is part of the € 150 mln.
    expect(plain(await chart.locator('.chart-wide g.column[data-year="2021"]').textContent())).not.toContain('€ 124 mln');
    expect(plain(await page.locator('#grafiek-doelen-landelijk .chart-summary').textContent())).toMatch(/van 342 gemeenten/);
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const path of ['/', '/gemeenten/amstelveen/', '/vergelijk/']) {
    test(`${path}: the SVG charts and their tables are in the page`, async () => {
      const { page, context, errors } = await openPage(browser, { javaScript: false });
      await page.goto(`${base}${path}`);
      const list = await charts(page);
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((c) => c.svg && c.tableRows > 0)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
