import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';

const base = inject('baseUrl');
let browser: Browser;

// The gemeenten of 2024 from data/ (those without geldig_tot): the map must have one shape each.
const current = readFileSync('data/gemeenten.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter((cells) => cells[5] === '')
  .map((cells) => cells[0]);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map of the Netherlands', () => {
  test('has one linked shape per gemeente of 2024, each with an accessible name', async () => {
    expect(current).toHaveLength(342);
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    const shapes = await page.locator('#grafiek-kaart svg a').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href'),
        name: a.getAttribute('aria-label'),
        code: a.querySelector('path')?.getAttribute('data-code'),
      })),
    );
    expect(shapes).toHaveLength(342);
    expect(new Set(shapes.map((s) => s.code))).toEqual(new Set(current));
    expect(shapes.every((s) => /^\/gemeenten\/[a-z0-9-]+\/$/.test(s.href ?? '') && (s.name ?? '').includes(':'))).toBe(
      true,
    );
    expect(shapes.find((s) => s.code === 'GM0362')).toEqual({
      href: '/gemeenten/amstelveen/',
      name: 'Amstelveen: Bedragen bekend',
      code: 'GM0362',
    });
    expect(await page.locator('#grafiek-kaart details.chart-table tbody tr').count()).toBe(342);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard focus reaches the gemeenten and Enter opens one', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.locator('#grafiek-kaart .chart-frame').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      inMap: document.activeElement?.closest('#grafiek-kaart svg') !== null,
      name: document.activeElement?.getAttribute('aria-label'),
    }));
    expect(first.inMap).toBe(true);
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first.name);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`${base}${href}`), page.keyboard.press('Enter')]);
    await context.close();
  });

  test('fits a 360 px wide screen', async () => {
    const { page, context } = await openPage(browser, { width: 360 });
    await page.goto(`${base}/`);
    const box = await page.locator('#grafiek-kaart svg').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    // The map scales down instead of scrolling sideways.
    expect(
      await page.locator('#grafiek-kaart .chart-frame').evaluate((frame) => frame.scrollWidth <= frame.clientWidth),
    ).toBe(true);
    await context.close();
  });

  test('without JavaScript the map is there', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/`);
    expect(await page.locator('#grafiek-kaart svg a').count()).toBe(342);
    await context.close();
  });
});

describe('the map by a measure (allocation per inhabitant)', () => {
  // Expected value from the sources: Borger-Odoorn's structural € 109.000 per year (decembercirculaire
  // 2021, from 2022 on) divided by its CBS population on 1 January 2025, read from the CBS reference copy (not from data/).
  const population2025 = Number(
    readFileSync(new URL('../fixtures/reference/inwoners.csv', import.meta.url), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('GM1681,2025,'))!
      .split(',')[2],
  );
  const expected = new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
  }).format(109_000 / population2025);

  test('names only gemeenten whose yearly allocation and population are known; with so few it lists them instead of drawing a map', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/vergelijk/`);
    const block = page.locator('#grafiek-kaart-per-inwoner');
    expect(await block.locator('svg').count()).toBe(0);
    // The one amount is carried forward to 2025 and divided by us: the sentence says both, and never "bekend" (issue 23).
    const sentence = plain(await block.locator('p').first().textContent());
    expect(sentence).toContain('doorgetrokken naar 2025');
    expect(sentence).toContain('onze deling');
    expect(sentence).toContain('Te weinig voor een kaart');
    const lines = (await block.locator('li').allTextContents()).map(plain);
    expect(lines[0]).toContain(`Borger-Odoorn: ${plain(expected)} per inwoner`);
    // 2025 is not stated by the source: the 2022 document calls the amount "structureel" (issue 12).
    expect(lines.join(' ')).toContain('structureel volgens de 1e bestuursrapportage 2022, doorgetrokken naar 2025');
    expect(errors).toEqual([]);
    await context.close();
  });
});
