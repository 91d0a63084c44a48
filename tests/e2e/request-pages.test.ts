import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { buildProfiles } from '../../src/model/profile/gemeente-profile';
import { requestContext } from '../../src/model/request/request-context';
import { QUESTIONS_PROCEDURE, WOO_PROCEDURE } from '../../src/site/request-procedure';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { outDir } from './page-types';

/*
 * "Stukken opvragen": every gemeente page whose facts are incomplete links to its request page,
 * whose two texts name the gemeente and ask for each missing kind of fact; the texts are in the
 * page without JavaScript and can be copied, downloaded and printed with it; what the page says
 * about the procedure names its sources.
 */

const base = inject('baseUrl');
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const dataset = await loadDataset(DATA);
const profiles = buildProfiles(dataset);
const data = { profiles, bronnen: new Map(dataset.bronnen.map((b) => [b.id, b])), verzoekwegen: dataset.verzoekwegen };
const html = (file: string) => readFileSync(join(outDir, file), 'utf8');
const decode = (text: string) =>
  text.replace(
    /&(lt|gt|quot|#39|#x27|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name]!,
  );
/** The text of a request as the page holds it (in a <pre>, HTML-escaped). */
const textIn = (page: string, id: string) =>
  decode(new RegExp(`<pre id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(page)?.[1] ?? '');
// The words each missing kind of fact goes by in the texts (chosen here, not read from the program).
const WORDS: Record<string, RegExp> = {
  toekenning: /toekenning/,
  plan: /bestedingsplan/,
  begroting: /begroot/,
  besteding: /werkelijk/,
  besluiten: /besluiten/i,
  resultaten: /resultaten/i,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('request pages in the built site', () => {
  test('every gemeente page with incomplete facts links to its request texts, which name the gemeente and each missing kind of fact', () => {
    let checked = 0;
    for (const profile of profiles.values()) {
      const { slug, naam } = profile.gemeente;
      const context = requestContext(profile, data);
      const page = html(`gemeenten/${slug}/index.html`);
      if (!context || context.missing.length === 0) {
        expect(page, slug).not.toContain('id="opvragen"');
        continue;
      }
      checked += 1;
      expect(page, slug).toContain(`href="/gemeenten/${slug}/opvragen/#woo-verzoek"`);
      expect(page, slug).toContain(`href="/gemeenten/${slug}/opvragen/#schriftelijke-vragen"`);
      const request = html(`gemeenten/${slug}/opvragen/index.html`);
      for (const id of ['woo-verzoek-tekst', 'schriftelijke-vragen-tekst']) {
        const text = textIn(request, id);
        expect(text, `${slug} ${id}`).toContain(naam);
        for (const missing of context.missing)
          expect(WORDS[missing.kind].test(text), `${slug} ${id}: ${missing.kind}`).toBe(true);
      }
    }
    // Nearly every gemeente misses something today; all of them are checked, not a sample.
    expect(checked).toBeGreaterThan(300);
  });

  test('the procedure names its source for every statement, with the verbatim quote', () => {
    const page = html('gemeenten/vaals/opvragen/index.html');
    for (const fact of [...WOO_PROCEDURE, ...QUESTIONS_PROCEDURE]) {
      expect(page).toContain(`href="${fact.url}"`);
      expect(decode(page)).toContain(fact.quote);
    }
    // Vaals has no page of its own in data/verzoekwegen.csv: the reader fills in the address.
    expect(textIn(page, 'woo-verzoek-tekst')).toMatch(/^Adres: \[het adres van de gemeente\]$/m);
  });

  test("a gemeente's own page on filing a Woo-verzoek is linked and quoted, and its address goes into the letter", () => {
    const row = dataset.verzoekwegen.find((r) => r.soort === 'woo-verzoek')!;
    const gemeente = dataset.gemeenten.find((g) => g.cbs_code === row.cbs_code)!;
    const url = dataset.bronnen.find((b) => b.id === row.bron)!.url!;
    const page = html(`gemeenten/${gemeente.slug}/opvragen/index.html`);
    expect(page).toContain(`href="${url}"`);
    expect(decode(page)).toContain(row.citaat);
    expect(textIn(page, 'woo-verzoek-tekst')).toContain(`Adres: [zie ${url}]`);
  });

  test('a former gemeente asks the gemeente it merged into', () => {
    const former = dataset.gemeenten.find((g) => g.opgegaan_in !== null)!;
    const successor = dataset.gemeenten.find((g) => g.cbs_code === former.opgegaan_in)!;
    const text = textIn(html(`gemeenten/${former.slug}/opvragen/index.html`), 'woo-verzoek-tekst');
    expect(text).toMatch(
      new RegExp(`^Aan: het college van burgemeester en wethouders van de gemeente ${successor.naam}$`, 'm'),
    );
    expect(text).toContain(`${former.naam} (nu onderdeel van ${successor.naam})`);
  });
});

describe('a request page in the browser', () => {
  test('without JavaScript the texts are in the page and no button shows', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/vaals/opvragen/`);
    expect(await page.locator('#woo-verzoek-tekst').textContent()).toContain(
      'Woo-verzoek over de POK-middelen van Vaals',
    );
    expect(await page.locator('#schriftelijke-vragen-tekst').isVisible()).toBe(true);
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Kopieer|Download|Druk/ })
        .count(),
    ).toBe(0);
    await context.close();
  });

  test('copies a text, downloads it as a text file, and prints only that text', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/gemeenten/vaals/opvragen/`);
    const section = page.locator('#schriftelijke-vragen');
    const text = (await page.locator('#schriftelijke-vragen-tekst').textContent())!;
    await section.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await expect.poll(() => section.locator('[data-request-status]').textContent()).toBe('De tekst is gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download als tekstbestand' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('schriftelijke-vragen-pok-vaals.txt');
    expect(readFileSync((await file.path())!, 'utf8')).toBe(text);

    // window.print() is replaced so the test can look at the page as it would print.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedOnly?: string }).printedOnly = document.body.dataset.printOnly;
      };
    });
    await section.getByRole('button', { name: 'Druk deze tekst af' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedOnly?: string }).printedOnly)).toBe(
      'schriftelijke-vragen',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#schriftelijke-vragen-tekst').isVisible()).toBe(true);
    for (const hidden of [
      '#woo-verzoek',
      '#bekend',
      '#schriftelijke-vragen ul.procedure',
      '#schriftelijke-vragen .request-actions',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
