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

const lanes = (page: import('playwright-core').Page) => page.locator('[data-view] g.lane').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));

describe('the compare view', () => {
  test('a link with a query string shows those gemeenten and that measure', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`);
    await page.locator('[data-view] figure#vergelijking').waitFor();
    expect(await lanes(page)).toEqual(['amstelveen', 'diemen', 'aalsmeer']);
    expect(await page.locator('input[name="maat"][value="per-inwoner"]').isChecked()).toBe(true);
    const title = await page.locator('[data-view] figure h3').textContent();
    expect(title).toContain('per inwoner');
    expect(title).toContain('2022 t/m 2027');
    // The axis runs over the chosen years only.
    expect(await page.locator('[data-view] svg > text').first().textContent()).toBe('2022');
    // Diemen has no amounts in data/: it says so instead of an empty axis.
    expect(await page.locator('[data-view] g.lane[data-lane="diemen"]').textContent()).toContain('geen bedragen bekend');
    // Amstelveen's shift out of 2022 per inhabitant, with the 2022 population.
    expect(plain(await page.locator('[data-view] g.lane[data-lane="amstelveen"]').textContent())).toMatch(/− € \d+,\d\d per inw\./);
    // The period amount of 2022-2027 is not divided.
    expect(await page.locator('[data-view] g.lane[data-lane="amstelveen"]').textContent()).toContain('periodebedrag, niet per inwoner');
    expect(page.url()).toBe(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('changing the measure updates the URL, and that URL reproduces the view', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027`);
    await page.locator('[data-view] figure#vergelijking').waitFor();
    await page.getByLabel('In euro').check();
    await page.waitForURL(/maat=absoluut/);
    expect(page.url()).toBe(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer&maat=absoluut&van=2022&tot=2027`);
    expect(await page.locator('[data-view] figure h3').textContent()).toContain('in euro');
    expect(plain(await page.locator('[data-view] g.lane[data-lane="amstelveen"]').textContent())).toContain('€ 2.932.000');

    await page.locator('select[name="tot"]').selectOption('2025');
    await page.waitForURL(/tot=2025/);
    await page.getByLabel('Gemeente toevoegen').fill('Enschede');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.waitForURL(/enschede/);
    const url = page.url();
    expect(url).toBe(`${base}/vergelijk/?gemeenten=amstelveen,diemen,aalsmeer,enschede&maat=absoluut&van=2022&tot=2025`);

    const again = await context.newPage();
    await again.goto(url);
    await again.locator('[data-view] figure#vergelijking').waitFor();
    expect(await lanes(again)).toEqual(['amstelveen', 'diemen', 'aalsmeer', 'enschede']);
    expect(await again.locator('[data-view] figure h3').textContent()).toBe(await page.locator('[data-view] figure h3').textContent());
    expect(errors).toEqual([]);
    await context.close();
  });

  test('removing a gemeente updates the chart and the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/vergelijk/?gemeenten=amstelveen,diemen&maat=absoluut&van=2021&tot=2027`);
    await page.locator('[data-view] figure#vergelijking').waitFor();
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
    expect(await page.locator('#grafiek-kaart-per-inwoner svg').count()).toBe(1); // the map by a measure, static
    // The default holds the gemeenten with amounts in data/ (Amstelveen has an allocation).
    expect(await page.locator('#vergelijking-absoluut g.lane[data-lane="amstelveen"]').count()).toBe(1);
    expect(await page.locator('#veelgebruikt a[href*="gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a gemeente page suggests similar gemeenten and links to the comparison', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const link = page.locator('#vergelijk a[href^="/vergelijk/?gemeenten=amstelveen,"]');
    expect(await link.count()).toBe(1);
    const names = await page.locator('#vergelijk li a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/vergelijk\/\?gemeenten=amstelveen,/), link.click()]);
    await page.locator('[data-view] figure#vergelijking').waitFor();
    const shown = await page.locator('[data-view] g.lane').evaluateAll((gs) => gs.map((g) => g.querySelector('text')?.textContent));
    expect(shown).toEqual(['Amstelveen', ...names]);
    await context.close();
  });
});
