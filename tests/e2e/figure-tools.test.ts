import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';

/* The one menu per fact on a gemeente page (issue 22): quote, "link naar dit gegeven", "kopieer link" and "meld een fout". */

const base = inject('baseUrl');
const FIGURE = 'toekenning-amstelveen-pok-2022-2027';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('figure tools', () => {
  test('"kopieer link" copies the permanent address of the figure and says so; "kopieer de tekst" copies the edited report', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    // A preview build names its canonical page by path; copying gives the address the page is served at.
    const served = new URL(canonical, page.url()).href;
    const tools = page.locator(`[id="${FIGURE}"] .fact-menu`);
    await tools.locator(':scope > summary').click();
    await tools.getByRole('button', { name: /kopieer link/ }).click();
    await expect
      .poll(() => page.locator('body > [role="status"]').textContent())
      .toBe(`Link gekopieerd: ${served}#${FIGURE}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${served}#${FIGURE}`);

    await tools.locator('details.report > summary').click();
    const area = tools.locator('textarea');
    const version = /Dataversie: (.+?)\.(\s|$)/.exec(plain(await page.locator('#dataversie').textContent()))![1];
    const ready = plain(await area.inputValue());
    expect(ready).toContain(`Link: ${canonical}#${FIGURE}`);
    expect(ready).toContain('Zoals op de site: € 2.932.000 in totaal');
    expect(ready).toContain(`Dataversie: ${version}`);
    await area.press('Control+End');
    await area.pressSequentially('Het bedrag is 2.933.000.');
    await tools.getByRole('button', { name: 'kopieer de tekst' }).click();
    await expect
      .poll(() => page.locator('body > [role="status"]').textContent())
      .toBe('De tekst voor uw melding is gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /Dataversie: .+\n[\s\S]*Het bedrag is 2\.933\.000\.$/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"download de tekst" saves the report as edited, as a text file', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const tools = page.locator(`[id="${FIGURE}"] .fact-menu`);
    await tools.locator(':scope > summary').click();
    await tools.locator('details.report > summary').click();
    const area = tools.locator('textarea');
    await area.press('Control+End');
    await area.pressSequentially('Het bedrag is 2.933.000.');
    const download = page.waitForEvent('download');
    await tools.getByRole('button', { name: 'download de tekst' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`melding-${FIGURE}.txt`);
    expect(readFileSync((await file.path())!, 'utf8')).toBe(await area.inputValue());
    expect(await area.inputValue()).toMatch(/Het bedrag is 2\.933\.000\.$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the anchor and the editable text stay, one click away in the menu, and the copy and download buttons are hidden', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const tools = page.locator(`[id="${FIGURE}"] .fact-menu`);
    await tools.locator(':scope > summary').click();
    expect(await tools.locator('a.anchor').getAttribute('href')).toBe(`#${FIGURE}`);
    expect(await tools.locator('a.anchor').isVisible()).toBe(true);
    expect(await tools.getByRole('button', { name: /kopieer|download/ }).count()).toBe(0);
    await tools.locator('details.report > summary').click();
    expect(await tools.locator('textarea').isEditable()).toBe(true);
    await context.close();
  });

  test('a preview build (no address, no repository) says so once per page, never per figure, and sends nowhere', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    const notice = /noemt (ook )?nog geen e-mailadres of repository/g;
    for (const path of [
      '/gemeenten/amstelveen/',
      '/gemeenten/vaals/',
      '/over/',
      '/correcties/',
      '/methode/',
      '/meedoen/',
    ]) {
      await page.goto(base + path);
      const text = plain(await page.locator('body').textContent());
      expect(text.match(notice)?.length, path).toBe(1);
      expect(
        await page.locator('.fact-menu .report-where, .fact-menu a[data-report-send], .report-where').count(),
        path,
      ).toBe(0);
    }
    // On a page full of figures the one notice is in the footer.
    await page.goto(`${base}/gemeenten/amstelveen/`);
    expect(await page.locator('.fact-menu').count()).toBeGreaterThan(10);
    expect(plain(await page.locator('footer #geen-meldadres').textContent())).toMatch(notice);
    await context.close();
  });
});
