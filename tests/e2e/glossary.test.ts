import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { allHtmlFiles, outDir } from './page-types';

/*
 * The glossary (/begrippen/): every link into it, on every built page, lands on a term that is
 * there; each term has its own anchor; the first use of a term on a page links to it, as a plain
 * link without JavaScript and with the definition opening in place with it.
 */

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const glossaryHtml = () => readFileSync(join(outDir, 'begrippen/index.html'), 'utf8');
const idsOn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('links into the glossary', () => {
  test('every linked term, on every built page, has an element with that id on /begrippen/', () => {
    const ids = idsOn(glossaryHtml());
    const missing: string[] = [];
    let links = 0;
    for (const file of allHtmlFiles()) {
      for (const [, id] of readFileSync(join(outDir, file), 'utf8').matchAll(/href="\/begrippen\/#([^"]+)"/g)) {
        links += 1;
        if (!ids.has(id)) missing.push(`${file}: #${id}`);
      }
    }
    expect(links).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  test('a term link is never glued to the word before or after it', () => {
    const glued: string[] = [];
    for (const file of allHtmlFiles()) {
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const m of html.matchAll(
        /(\p{L})<a class="term"[^>]*>([^<]*)<\/a>|<a class="term"[^>]*>([^<]*)<\/a>(\p{L})/gu,
      ))
        glued.push(`${file}: ${m[0].replace(/ data-term-definition="[^"]*"/, '')}`);
    }
    expect(glued).toEqual([]);
  });

  test('every term on /begrippen/ has its own anchor with a self-link, a term and a definition', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    try {
      await page.goto(`${base}/begrippen/`);
      const entries = await page.locator('dl.glossary > div').evaluateAll((divs) =>
        divs.map((d) => ({
          id: d.id,
          self: d.querySelector('a.anchor')?.getAttribute('href'),
          term: d.querySelector('dfn')?.textContent ?? '',
          definition: d.querySelector('dd p')?.textContent ?? '',
        })),
      );
      expect(entries.length).toBeGreaterThanOrEqual(35);
      for (const entry of entries) {
        expect(entry.self, entry.id).toBe(`#${entry.id}`);
        expect(entry.term.length, entry.id).toBeGreaterThan(1);
        expect(entry.definition.length, entry.id).toBeGreaterThan(20);
      }
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      // A term opened by its address is the one highlighted.
      await page.goto(`${base}/begrippen/#gemeentefonds`);
      expect(await page.locator('#gemeentefonds:target dfn').textContent()).toBe('Gemeentefonds');
    } finally {
      await context.close();
    }
  });
});

describe('a term on a page', () => {
  test('without JavaScript is a plain link to its definition', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    try {
      await page.goto(`${base}/methode/`);
      await page.locator('a.term', { hasText: 'gemeentefonds' }).first().click();
      await page.waitForURL(`${base}/begrippen/#gemeentefonds`);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript opens its definition in place, and closes again', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.goto(`${base}/methode/`);
      const link = page.locator('a.term', { hasText: 'gemeentefonds' }).first();
      expect(await link.getAttribute('aria-expanded')).toBe('false');
      await link.click();
      expect(page.url()).toBe(`${base}/methode/`);
      expect(await link.getAttribute('aria-expanded')).toBe('true');
      const note = page.locator(`#${await link.getAttribute('aria-controls')}`);
      expect(await note.textContent()).toContain('De pot op de begroting van het Rijk');
      expect(await note.locator('a').getAttribute('href')).toBe('/begrippen/#gemeentefonds');
      await link.press('Enter');
      expect(await note.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('links only its first use on a page: no term is linked twice on the method page', () => {
    const html = readFileSync(join(outDir, 'methode/index.html'), 'utf8');
    const linked = [...html.matchAll(/class="term" href="\/begrippen\/#([^"]+)"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(20);
    expect(linked.filter((id, i) => linked.indexOf(id) !== i)).toEqual([]);
  });
});
