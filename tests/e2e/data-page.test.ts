import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = inject('baseUrl');
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const firstLine = (file: string) => readFileSync(`${root}data/${file}`, 'utf8').split('\n')[0];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a link and returns the text of the file the browser downloads. */
async function download(page: import('playwright-core').Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const path = await file.path();
  return readFileSync(path);
}

describe('the /data/ page', () => {
  test('a journalist downloads bestedingen.csv and gets the header of data/bestedingen.csv', async () => {
    const { page, context, errors } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/data/`);
    const bytes = await download(page, '#bestandenlijst a[href="/data/bestedingen.csv"]');
    expect(bytes.toString('utf8').split('\n')[0]).toBe(firstLine('bestedingen.csv'));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the Excel link gives a file with a byte-order mark and the same header, with semicolons', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/data/`);
    const bytes = await download(page, '#bestandenlijst a[href="/data/excel/bestedingen-excel.csv"]');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(firstLine('bestedingen.csv').replaceAll(',', ';'));
    await context.close();
  });

  test('lists every table with its row count, and has a dictionary line for every column', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/data/`);
    for (const file of ['gemeenten.csv', 'inwoners.csv', 'bestedingen.csv', 'besluiten.csv']) {
      const text = readFileSync(`${root}data/${file}`, 'utf8');
      const rows = text.split('\n').filter(Boolean).length - 1; // these files have no quoted line breaks (validation forbids them)
      const table = file.replace('.csv', '');
      const cell = await page.locator(`#bestand-${table} td[data-label="Regels"]`).textContent();
      expect(cell?.replace(/\./g, ''), file).toBe(String(rows));
      const columns = firstLine(file).split(',');
      const names = await page.locator(`#woordenboek-${table} tbody th code`).allTextContents();
      expect(names).toEqual(columns);
    }
    // Licence, citation with the data version, and the reason for the licence choice.
    // The text under the heading "Licentie", up to the next heading.
    const licence = await page.locator('#licentie').evaluate((h) => {
      let text = '';
      for (
        let next = h.closest('.heading-row')!.nextElementSibling;
        next && !next.matches('.heading-row, h2');
        next = next.nextElementSibling
      )
        text += next.textContent;
      return text;
    });
    expect(licence).toContain('CC BY 4.0');
    expect(await page.locator('blockquote.citation').textContent()).toMatch(
      /versie \d{4}-\d{2}-\d{2} \([0-9a-f]{7,}\)/,
    );
    await context.close();
  });

  test('recommends the Excel file for Excel and LibreOffice in Dutch, and the plain CSV for analysis software', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/data/`);
    const rows = await page
      .locator('#welk-bestand tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.querySelector('td')!.textContent!]),
      );
    const excel = rows.find(([who]) => /LibreOffice/.test(who) && /Nederlands/.test(who))!;
    expect(excel[0]).toMatch(/Excel/);
    expect(excel[1]).toMatch(/-excel\.csv/);
    expect(rows.find(([who]) => /\bR\b.*Python/.test(who))![1]).toMatch(/^CSV/);
    // Why the files per gemeente are one per table, said on the page.
    expect(await page.locator('#waarom-per-tabel').textContent()).toMatch(/één klik/);
    await context.close();
  });

  test('the dictionary describes the columns alles.csv adds, exactly those', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/data/`);
    const described = await page.locator('#woordenboek-afgeleid tbody th code').allTextContents();
    const alles = readFileSync(`${dist}data/alles.csv`, 'utf8').split('\n')[0].split(',');
    const inTables = new Set(
      [
        'rijksmiddelen',
        'toekenningen',
        'bestedingen',
        'verschuivingen',
        'besluiten',
        'resultaten',
        'vermeldingen',
      ].flatMap((t) => firstLine(`${t}.csv`).split(',')),
    );
    expect(described).toEqual(alles.filter((column) => column !== 'tabel' && !inTables.has(column)));
    await context.close();
  });

  test('/data/ and /data/wijzigingen/ have no axe violations (WCAG 2.1 AA) and work at 360 px', async () => {
    for (const path of ['/data/', '/data/wijzigingen/']) {
      const { page, context } = await openPage(browser, { width: 360 });
      await page.goto(`${base}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.length}`),
        path,
      ).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});

describe('a gemeente page', () => {
  test('links a file per table; the spending file has the name and the source beside each line', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const bytes = await download(page, '#downloads a[href="/data/gemeenten/amstelveen/bestedingen.csv"]');
    const [header, first] = bytes.toString('utf8').split('\n');
    expect(header).toBe(
      firstLine('bestedingen.csv')
        .replace('cbs_code,', 'cbs_code,gemeente,')
        .replace(',bron,', ',bron,bron_titel,bron_datum,bron_adres,'),
    );
    expect(first.split(',').slice(1, 3)).toEqual(['GM0362', 'Amstelveen']);
    await context.close();
  });

  test('links its own CSV, and the download holds its rows', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const bytes = await download(page, '#downloads a[href="/data/gemeenten/amstelveen.csv"]');
    const lines = bytes.toString('utf8').split('\n').filter(Boolean);
    expect(lines[0].startsWith('tabel,id,cbs_code,gemeente,')).toBe(true);
    expect(lines.slice(1).every((line) => line.split(',')[2] === 'GM0362')).toBe(true);
    // Amstelveen's allocation in toekenningen.csv is among its rows.
    expect(lines.some((line) => line.startsWith('toekenningen,amstelveen-pok-2022-2027,GM0362,Amstelveen,'))).toBe(
      true,
    );
    await context.close();
  });
});
