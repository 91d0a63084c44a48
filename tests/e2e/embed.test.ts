import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { iframeCode, resizeCode } from '../../src/embed/embed-code';

/*
 * Embedding a chart on another site: a page on a second local origin frames an embed page and a
 * gemeente page, the way a news site would. The embed page shows (and can set the frame's height);
 * the gemeente page is refused by the headers of public/_headers, as the static server sends them.
 */

const baseUrl = inject('baseUrl');
const EMBED = '/embed/amstelveen-geld-per-jaar/';
let browser: Browser;
let host: Server;
let hostUrl = '';

/** The other site: one page with both frames and the optional resize script from "insluiten". */
function hostPage(): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Krant</title></head><body>
<h1>Artikel</h1>
${iframeCode(`${baseUrl}${EMBED}`, 'Grafiek', 200).replace('<iframe ', '<iframe id="grafiek" ')}
<iframe id="gemeente" src="${baseUrl}/gemeenten/amstelveen/" title="Gemeentepagina" width="600" height="300"></iframe>
${resizeCode(new URL(baseUrl).origin)}
</body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((_, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage()),
  );
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => host?.close(() => resolve()));
});

const frameOf = (frames: Frame[], path: string) => frames.find((f) => f.url().includes(path));

describe('an embed page in an iframe on another origin', () => {
  test('shows the chart, while the gemeente page in the same kind of frame is refused', async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
    const { page, context } = await openPage(browser);
    try {
      await page.goto(hostUrl, { waitUntil: 'networkidle' });
      const embed = frameOf(page.frames(), EMBED);
      expect(embed, 'the embed frame loaded the embed page').toBeDefined();
      await expect.poll(() => embed!.locator('h1').textContent()).toContain('Amstelveen');
      expect(await embed!.locator('.chart-frame svg').first().isVisible()).toBe(true);
      // A refused frame never holds the gemeente page: Chromium shows its own error page instead.
      const blocked = page.frames().find((f) => f !== page.mainFrame() && f !== embed)!;
      expect(blocked.url()).toMatch(/^chrome-error:/);
      expect(await blocked.locator('body').textContent()).not.toContain('Amstelveen');
    } finally {
      await context.close();
    }
  });

  test('with the optional script, the frame takes the height of the chart, and follows it when the table opens', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto(hostUrl, { waitUntil: 'networkidle' });
      const frameHeight = () => page.locator('#grafiek').evaluate((f) => f.getBoundingClientRect().height);
      const contentHeight = () =>
        frameOf(page.frames(), EMBED)!.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
      await expect.poll(frameHeight).not.toBe(200);
      expect(Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
      const closed = await frameHeight();
      await page.frameLocator('#grafiek').locator('details.chart-table summary').click();
      await expect.poll(frameHeight).toBeGreaterThan(closed);
    } finally {
      await context.close();
    }
  });

  test('its links open outside the frame, and it links back to the chart on its page', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto(baseUrl + EMBED);
      expect(await page.locator('base').getAttribute('target')).toBe('_blank');
      expect(await page.locator('#terug').getAttribute('href')).toBe('/gemeenten/amstelveen/#grafiek-geld-per-jaar');
      expect(await page.locator('.embed-foot').textContent()).toMatch(/dataversie \S/);
      expect(await page.locator('.chart-source').textContent()).toMatch(/^Bron: /);
    } finally {
      await context.close();
    }
  });
});

describe('an embed page without JavaScript', () => {
  for (const path of [EMBED, '/embed/kaart-dekking/', '/embed/vergelijk-standaard-absoluut/']) {
    test(`${path} shows the chart, and its table opens with one click`, async () => {
      const { page, context, errors } = await openPage(browser, { javaScript: false, width: 640 });
      try {
        const response = await page.goto(baseUrl + path);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').textContent()).not.toBe('');
        const drawing = page.locator('.chart-frame svg:visible').first();
        expect(await drawing.isVisible()).toBe(true);
        expect((await drawing.boundingBox())!.height).toBeGreaterThan(100);
        const table = page.locator('details.chart-table table');
        expect(await table.isVisible()).toBe(false);
        await page.locator('details.chart-table summary').click();
        expect(await table.isVisible()).toBe(true);
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('"insluiten" right below "link naar deze grafiek"', () => {
  test('gives the iframe code of the embed page, and the embed page exists', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    try {
      await page.goto(`${baseUrl}/gemeenten/amstelveen/`);
      // Right after the chart block (outside it: the compare view redraws blocks for any choice).
      const embed = page.locator('figure#grafiek-geld-per-jaar + details.embed-code');
      await embed.locator('summary').click();
      const code = await embed.locator('textarea').first().inputValue();
      expect(code).toMatch(
        /^<iframe src="[^"]*\/embed\/amstelveen-geld-per-jaar\/" title="[^"]+" width="100%" height="\d{3,4}"/,
      );
      const response = await page.goto(`${baseUrl}${/src="[^"]*(\/embed\/[^"]+)"/.exec(code)![1]}`);
      expect(response?.status()).toBe(200);
    } finally {
      await context.close();
    }
  });
});
