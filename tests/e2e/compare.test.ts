import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
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

const lanes = (page: import('playwright-core').Page) =>
  page.locator('[data-view] g.group').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-gemeente')));
const group = (page: import('playwright-core').Page, slug: string, figure = '[data-view]') =>
  page.locator(`${figure} g.group[data-gemeente="${slug}"]`);
/** Width of an amount's bar, as rendered, in pixels. */
const barWidth = (page: import('playwright-core').Page, id: string, figure = '[data-view]') =>
  page
    .locator(`${figure} g.amount[data-id="${id}"] rect`)
    .first()
    .evaluate((r) => r.getBoundingClientRect().width);

describe('the compare view', () => {
  test('a link with a query string shows those gemeenten and that measure', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`);
    await page.locator('[data-view][data-drawn] figure.chart').waitFor();
    expect(await lanes(page)).toEqual(['amstelveen', 'diemen', 'aalsmeer']);
    expect(await page.locator('input[name="maat"][value="per-inwoner"]').isChecked()).toBe(true);
    const title = await page.locator('[data-view] figure h3').textContent();
    expect(title).toContain('per inwoner');
    expect(title).toContain('2022 t/m 2027');
    // The scale starts at € 0,00 per inhabitant.
    expect(plain(await page.locator('[data-view] svg > text').nth(2).textContent())).toBe('€ 0,00');
    // Diemen has no amounts in data/: it says so instead of an empty row.
    expect(await group(page, 'diemen').textContent()).toContain('geen bedragen bekend');
    // Amstelveen's shift out of 2022 per inhabitant, with the 2022 population, as a bar.
    expect(
      plain(
        (await page.locator('[data-view] g.amount[data-id="amstelveen-2022-naar-2023"] text').allTextContents()).join(
          ' ',
        ),
      ),
    ).toMatch(/van 2022 naar 2023 € \d+,\d\d per inwoner/);
    expect(await barWidth(page, 'amstelveen-2022-naar-2023')).toBeGreaterThan(0);
    // The period amount of 2022-2027 is not divided: said in words, without a bar.
    const period = page.locator('[data-view] g.amount[data-id="amstelveen-pok-2022-2027"]');
    expect(plain((await period.locator('text').allTextContents()).join(' '))).toContain(
      '€ 2.932.000: periodebedrag, niet per inwoner',
    );
    expect(await period.locator('rect').count()).toBe(0);
    expect(page.url()).toBe(
      `${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('changing the measure updates the URL, and that URL reproduces the view', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`);
    await page.locator('[data-view][data-drawn] figure.chart').waitFor();
    await page.getByLabel('In euro').check();
    await page.waitForURL(/maat=absoluut/);
    expect(page.url()).toBe(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=absoluut&van=2022&tot=2027`);
    expect(await page.locator('[data-view] figure h3').textContent()).toContain('in euro');
    expect(plain(await group(page, 'amstelveen').textContent())).toContain('€ 2.932.000');

    await page.locator('select[name="tot"]').selectOption('2025');
    await page.waitForURL(/tot=2025/);
    await page.getByLabel('Gemeente toevoegen').fill('Enschede');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.waitForURL(/enschede/);
    const url = page.url();
    expect(url).toBe(
      `${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer,enschede&maat=absoluut&van=2022&tot=2025`,
    );

    const again = await context.newPage();
    await again.goto(url);
    await again.locator('[data-view][data-drawn] figure.chart').waitFor();
    expect(await lanes(again)).toEqual(['amstelveen', 'diemen', 'aalsmeer', 'enschede']);
    expect(await again.locator('[data-view] figure h3').textContent()).toBe(
      await page.locator('[data-view] figure h3').textContent(),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('removing a gemeente updates the chart and the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen&maat=absoluut&van=2021&tot=2027`);
    await page.locator('[data-view][data-drawn] figure.chart').waitFor();
    await page.getByRole('button', { name: 'verwijder Diemen' }).click();
    await page.waitForURL(/gemeenten=amstelveen&/);
    expect(await lanes(page)).toEqual(['amstelveen']);
    await context.close();
  });

  test('without JavaScript the default comparison renders, with links to common comparisons', async () => {
    const { page, context, errors } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/vergelijk/`);
    expect(await page.locator('form[data-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-view] figure.chart').count()).toBe(2); // absolute and per inhabitant
    // The map by a measure: with one known value it is a list, not a map (issue 22).
    expect(await page.locator('#grafiek-kaart-per-inwoner svg').count()).toBe(0);
    expect(await page.locator('#grafiek-kaart-per-inwoner li').first().textContent()).toContain('Borger-Odoorn');
    // The default holds the gemeenten with amounts in data/ (Amstelveen has an allocation).
    expect(await page.locator('#vergelijking-absoluut g.group[data-gemeente="amstelveen"]').count()).toBe(1);
    expect(
      await page.locator('#veelgebruikt a[href*="gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner"]').count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a gemeente page suggests gemeenten that have amounts, and links to that comparison', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const link = page.locator('#vergelijk [data-compare-suggestion] a[href^="/vergelijk/?gemeenten=amstelveen,"]');
    expect(await link.count()).toBe(1);
    const suggested = new URL((await link.getAttribute('href')) ?? '', base).searchParams
      .get('gemeenten')!
      .split(',')
      .slice(1);
    expect(suggested.length).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/vergelijk\/\?gemeenten=amstelveen,/), link.click()]);
    await page.locator('[data-view][data-drawn] figure.chart').waitFor();
    expect(await lanes(page)).toEqual(['amstelveen', ...suggested]);
    // Every suggested gemeente has amounts to compare: none says "geen bedragen bekend".
    for (const slug of suggested)
      expect(await group(page, slug).textContent(), slug).not.toContain('geen bedragen bekend');
    await context.close();
  });

  test('bars compare amounts on one scale: a period total looks different from a per-year amount, and amounts without a year have bars too', async () => {
    const { page, context, errors } = await openPage(browser, { width: 360 });
    await page.goto(
      `${base}/vergelijk/?gemeenten=amstelveen,enschede,emmen,borger-odoorn&maat=absoluut&van=2021&tot=2027`,
    );
    await page.locator('[data-view][data-drawn] figure.chart').waitFor();
    // Amstelveen's € 2.932.000 for six years is longer than Borger-Odoorn's € 109.000 per year: the length is the amount.
    const amstelveen = await barWidth(page, 'amstelveen-pok-2022-2027');
    const borger = await barWidth(page, 'borger-odoorn-dc2021-structureel');
    expect(amstelveen / borger).toBeGreaterThan(15);
    // Enschede's "ruim € 5 mln" without a period gets the longest bar instead of a text box.
    expect(await barWidth(page, 'enschede-ruim-5-miljoen')).toBeGreaterThan(amstelveen);
    expect(await page.locator('[data-view] .chart-aside').count()).toBe(0);
    // Emmen's amount per year with unknown years: a bar, labelled per jaar.
    expect(
      plain(await page.locator('[data-view] g.amount[data-id="emmen-komende-vier-jaar"]').textContent()),
    ).toContain('per jaar');
    expect(await barWidth(page, 'emmen-komende-vier-jaar')).toBeGreaterThan(borger);
    // Period totals are hatched and dashed; per-year amounts solid.
    expect(
      await page.locator('[data-view] g.amount[data-id="amstelveen-pok-2022-2027"]').getAttribute('data-basis'),
    ).toBe('periode');
    expect(
      await page.locator('[data-view] g.amount[data-id="amstelveen-pok-2022-2027"] rect').getAttribute('fill'),
    ).toMatch(/^url\(#/);
    expect(
      await page.locator('[data-view] g.amount[data-id="borger-odoorn-dc2021-structureel"] rect').getAttribute('fill'),
    ).toMatch(/^#/);
    // Every label lies inside the chart, beside or inside its bar, at 12 px or more, and the page does not scroll sideways.
    const frame = await page
      .locator('[data-view] .chart-frame svg')
      .evaluate((svg) => svg.getBoundingClientRect().toJSON());
    const texts = await page.locator('[data-view] .chart-frame svg text').evaluateAll((ts) =>
      ts.map((t) => ({
        box: t.getBoundingClientRect().toJSON(),
        size: parseFloat(getComputedStyle(t).fontSize),
        text: t.textContent,
      })),
    );
    for (const t of texts) {
      expect(t.box.left, t.text!).toBeGreaterThanOrEqual(frame.left - 0.5);
      expect(t.box.right, t.text!).toBeLessThanOrEqual(frame.right + 0.5);
      expect(t.size, t.text!).toBeGreaterThanOrEqual(12);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the block the browser draws equals the one the build wrote, for the same choice (one renderer: charts/shared/figure.ts)', async () => {
    const stat = await openPage(browser, { javaScript: false });
    await stat.page.goto(`${base}/vergelijk/`);
    const query = (await stat.page.locator('compare-view').getAttribute('data-default'))!;
    const built = Object.fromEntries(
      await Promise.all(
        (['absoluut', 'per-inwoner'] as const).map(
          async (maat) =>
            [maat, await stat.page.locator(`#vergelijking-${maat}`).evaluate((f) => f.outerHTML)] as const,
        ),
      ),
    );
    await stat.context.close();
    const { page, context, errors } = await openPage(browser);
    for (const maat of ['absoluut', 'per-inwoner'] as const) {
      await page.goto(`${base}/vergelijk/${query.replace(/maat=[^&]+/, `maat=${maat}`)}`);
      const drawn = page.locator('[data-view][data-drawn] figure.chart');
      await drawn.waitFor();
      expect(await drawn.count()).toBe(1);
      expect(await drawn.evaluate((f) => f.outerHTML), maat).toBe(built[maat]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
