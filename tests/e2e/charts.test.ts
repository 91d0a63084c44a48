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
      // A gemeente chart points at the page's fact tables instead of repeating them (issue 22).
      tableIn: [...f.querySelectorAll('.chart-table-note a')].map((a) => a.getAttribute('href')!),
      factRows: [...f.querySelectorAll('.chart-table-note a')].reduce(
        (sum, a) => sum + document.querySelectorAll(`${a.getAttribute('href')} tbody tr`).length,
        0,
      ),
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
        // The home page's map follows the sentence that says what it shows (#dekking-kort).
        if (!(path === '/' && chart.id === 'grafiek-kaart')) expect(chart.summary.length, chart.id).toBeGreaterThan(20);
        const csv = await page.request.get(`${base}${chart.csv}`);
        expect(csv.status(), chart.csv!).toBe(200);
        if (chart.tableIn.length > 0) {
          expect(chart.factRows, chart.id).toBeGreaterThan(0);
          expect(csvRecords(await csv.text()), chart.csv!).toBeGreaterThanOrEqual(chart.factRows);
        } else {
          expect(chart.tableRows, chart.id).toBeGreaterThan(0);
          expect(csvRecords(await csv.text()), chart.csv!).toBe(chart.tableRows);
        }
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
    expect(
      await page.locator('#grafiek-geld-per-jaar .chart-wide g.bar[data-id="amstelveen-pok-2022-2027"]').count(),
    ).toBe(1);
    // Lines without a year are listed beside the chart, not dropped.
    expect(plain(await page.locator('#grafiek-geld-per-jaar .chart-aside').first().textContent())).toContain(
      '€ 368.500',
    );
    await context.close();
  });

  test('Diemen: without one known amount there is no chart, one sentence instead (never a chart of hatched bars or € 0)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/diemen/`);
    const block = page.locator('#grafiek-geld-per-jaar');
    expect(await block.evaluate((el) => el.tagName)).toBe('P');
    expect(plain(await block.textContent())).toContain('geen bedrag met een bekend jaar');
    expect(await page.locator('#bestedingen svg').count()).toBe(0);
    // The aims chart would say the same again: one sentence only; its anchor is an empty mark beside that sentence.
    expect(await page.locator('#bestedingen p.chart-empty, #bestedingen p.empty').count()).toBe(1);
    expect(await page.locator('#grafiek-doelen').evaluate((el) => [el.tagName, el.textContent])).toEqual(['SPAN', '']);
    await context.close();
  });

  test('a lane is drawn only when it shows a known amount: Amstelveen draws the Rijk and the shifts, not its plans without amount', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const lanes = await page.locator('#grafiek-geld-per-jaar .chart-wide g.lane').count();
    expect(lanes).toBe(2);
    expect(await page.locator('#grafiek-geld-per-jaar .chart-wide svg').textContent()).not.toContain(
      'geen bedrag met een bekend jaar',
    );
    await context.close();
  });

  test('the national money chart draws the stated total with its part and the rest "onbekend"', async () => {
    const { page, context } = await openPage(browser);
    // In full on /rijksgeld/; the home page has a compact drawing of the same columns.
    await page.goto(`${base}/rijksgeld/`);
    const chart = page.locator('#grafiek-rijksgeld');
    expect(await chart.locator('.chart-wide g.column').count()).toBe(7);
    const col2022 = plain(await chart.locator('.chart-wide g.column[data-year="2022"]').textContent());
    expect(col2022).toContain('€ 150 mln');
    expect(col2022).toContain('€ 21 mln');
    expect(col2022).toContain('onbekend');
    // The € 124 mln of 2021 is not drawn as a part: its source does not say it is part of the € 150 mln.
    expect(plain(await chart.locator('.chart-wide g.column[data-year="2021"]').textContent())).not.toContain(
      '€ 124 mln',
    );
    await page.goto(`${base}/`);
    expect(await page.locator('#grafiek-rijksgeld .chart-wide.chart-compact g.column').count()).toBe(7);
    // Six gemeenten with plans are too few for bars: a sentence with its base, and a list.
    const aims = page.locator('#grafiek-doelen-landelijk');
    expect(await aims.locator('svg').count()).toBe(0);
    expect(plain(await aims.locator('p').first().textContent())).toMatch(/van 342 gemeenten/);
    expect((await aims.locator('li').allTextContents()).some((line) => /^\d+ van de \d+: /.test(line))).toBe(true);
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
      expect(list.every((c) => c.svg && (c.tableRows > 0 || c.factRows > 0))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
