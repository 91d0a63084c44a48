import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';
import { readPngText, FACTS_KEYWORD } from '../../src/images/share-image';
import type { ShareCard } from '../../src/images/share-facts';
import { PREVIEW_LABEL } from '../../src/site/public-address';

// The suite runs on a preview build (no SITE_URL): site links are paths, and where a full address
// would stand the page says it is a preview. Full addresses are checked on a release build in
// public-address.test.ts.

const base = inject('baseUrl');
const outDir = process.env.POK_OUT_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
// Expected ids and slugs come from data/ (the sources), not from the built pages.
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../data/${table}.csv`, import.meta.url)), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
const KLACHT = 'besteding-diemen-2023-2027-klachtfunctionaris';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The element's box lies (at least partly) inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });

describe('permanent links', () => {
  for (const javaScript of [true, false]) {
    test(`following an #id link scrolls to that figure (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context, errors } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${base}/gemeenten/diemen/#${KLACHT}`);
      await page.waitForLoadState('load');
      expect(await inViewport(page, `[id="${KLACHT}"]`)).toBe(true);
      expect(await inViewport(page, 'h1')).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('every spending line and decision row has a plain "link" anchor to itself, one click away in its menu', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/diemen/`);
    const ids = csv('bestedingen')
      .filter((r) => r.cbs_code === 'GM0384')
      .map((r) => `besteding-${r.id}`);
    ids.push(
      ...csv('besluiten')
        .filter((r) => r.cbs_code === 'GM0384')
        .map((r) => `besluit-${r.id}`),
    );
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const anchor = page.locator(`[id="${id}"] a.anchor[href="#${id}"]`);
      expect(await anchor.count()).toBe(1);
      await page.locator(`[id="${id}"] details.fact-menu > summary`).click();
      expect(await anchor.isVisible()).toBe(true);
    }
    await context.close();
  });

  test('every page type names its canonical URL; the 404 page names none and is not indexed', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    for (const path of [
      '/',
      '/gemeenten/',
      '/gemeenten/amstelveen/',
      '/gemeenten/amsterdam/',
      '/besluiten/amstelveen-2024-05-28-ombudsman/',
      '/methode/',
      '/over/',
      '/correcties/',
    ]) {
      await page.goto(`${base}${path}`);
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      // A preview build names the page by its path; og:url needs a full address, so it is left out.
      expect(canonical).toBe(path);
      expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
      expect(await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe('/feed.xml');
      expect((await page.getAttribute('meta[name="description"]', 'content'))!.length).toBeGreaterThan(30);
    }
    const missing = await page.goto(`${base}/bestaat-niet/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    await context.close();
  });
});

describe('cite box', () => {
  test('the cite text contains the page URL and the data version; copying is announced', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    // Where the page is actually served: what the "link" anchors copy in a preview build.
    const served = new URL(canonical, page.url()).href;
    // The footer's data version, e.g. "2026-11-23 (a1b2c3d)" (or "onbekend (...)" in a build without git history).
    const version = /Dataversie: (.+?)\.(\s|$)/.exec(plain(await page.locator('#dataversie').textContent()))![1];
    expect(version.length).toBeGreaterThan(5);
    const full = plain(await page.locator('#citeer-volledig').textContent());
    expect(full).toContain(`${canonical} (${PREVIEW_LABEL})`);
    expect(full).toContain(`dataversie ${version}`);
    expect(full).toContain('Amstelveen');
    expect(full).not.toContain('[datum'); // the script filled in today's date
    const short = plain(await page.locator('#citeer-kort').textContent());
    expect(short).toContain(`${canonical} (${PREVIEW_LABEL})`);
    expect(short).toContain(version);
    await page.getByRole('button', { name: 'Kopieer de korte vorm' }).click();
    await expect.poll(() => page.locator('cite-box [role="status"]').textContent()).toContain('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('#citeer-kort').textContent(),
    );
    // A figure's "link" anchor still navigates, and also copies its permanent URL, announced the same way.
    await page.locator('[id="toekenning-amstelveen-pok-2022-2027"] details.fact-menu > summary').click();
    await page.locator('[id="toekenning-amstelveen-pok-2022-2027"] a.anchor').click();
    await page.waitForURL(/#toekenning-amstelveen-pok-2022-2027$/);
    await expect
      .poll(() => page.locator('cite-box [role="status"]').textContent())
      .toBe(`Link gekopieerd: ${served}#toekenning-amstelveen-pok-2022-2027`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${served}#toekenning-amstelveen-pok-2022-2027`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript the citation is there, with a placeholder for the date consulted', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/besluiten/amstelveen-2024-05-28-ombudsman/`);
    const full = plain(await page.locator('#citeer-volledig').textContent());
    expect(full).toContain(`/besluiten/amstelveen-2024-05-28-ombudsman/ (${PREVIEW_LABEL})`);
    expect(full).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(full).toContain('[datum van raadplegen]');
    await context.close();
  });
});

describe('corrections', () => {
  test('"meld een fout" shows the permalink and the value to quote while no address is published', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const row = page.locator('[id="toekenning-amstelveen-pok-2022-2027"]');
    await row.locator('details.fact-menu > summary').click();
    await row.locator('summary', { hasText: 'meld een fout' }).click();
    const text = plain(await row.locator('details.report').textContent());
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    expect(text).toContain(`${canonical}#toekenning-amstelveen-pok-2022-2027 (${PREVIEW_LABEL})`);
    expect(text).toContain('€ 2.932.000 in totaal');
    await page.goto(`${base}/correcties/`);
    expect(await page.locator('#gecorrigeerd').textContent()).toContain('Er zijn nog geen correcties');
    await context.close();
  });
});

describe('print', () => {
  test('print hides the navigation and shows the permanent URL, data version, QR code and link URLs', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    expect(await page.locator('.print-footer').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('form.search').first().isVisible()).toBe(false);
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(plain(await footer.textContent())).toContain(canonical);
    expect(plain(await footer.textContent())).toContain('Dataversie');
    // A preview has no public address: the footer says so instead of printing a QR code that leads nowhere.
    expect(plain(await footer.textContent())).toContain(PREVIEW_LABEL);
    expect(await footer.locator('svg.qr').count()).toBe(0);
    // URLs print only where a reader must find a document (issue 13): in the source list, as text
    // that breaks at its slashes (issue 22), not after every site link (the page's own address is
    // in the print footer).
    const after = await page
      .locator('main a[href="/besluiten/amstelveen-2024-05-28-ombudsman/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    const source = page.locator('#bronnen ol.sources a[href^="https://"]').first();
    const printed = source.locator('xpath=following-sibling::span[contains(@class, "print-url")][1]');
    expect(await printed.isVisible()).toBe(true);
    expect(plain(await printed.textContent())).toContain((await source.getAttribute('href'))!);
    expect(await printed.locator('wbr').count()).toBeGreaterThan(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  /** Types into the header box and returns the result links once they appear. */
  async function search(page: Page, term: string) {
    const box = page.locator('#zoek-gemeente-kop');
    await box.focus();
    await box.pressSequentially(term, { delay: 20 });
    await page.locator('#zoekresultaten ol li a').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#zoekresultaten [role="status"]').textContent()).toContain(term);
    return page.locator('#zoekresultaten ol li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  }

  test('the search script and index load only on first use, and report their size', async () => {
    const { page, context, errors } = await openPage(browser);
    const loaded: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      loaded.push({ url: response.url(), bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    const hrefs = await search(page, 'Amstelveen');
    expect(hrefs[0]).toBe('/gemeenten/amstelveen/');
    await page.waitForLoadState('networkidle');
    const js = loaded.filter((r) => /\.js$/.test(r.url));
    const total = loaded.reduce((sum, r) => sum + r.bytes, 0);
    console.info(
      `Search on first use: ${loaded.length} requests, ${total} bytes (of which ${js.reduce((s, r) => s + r.bytes, 0)} bytes JavaScript: ${js.map((r) => new URL(r.url).pathname).join(', ')}).`,
    );
    expect(js.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a measure ("klachtfunctionaris") finds Diemen and links to the exact spending line', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/gemeenten/`);
    const hrefs = await search(page, 'klachtfunctionaris');
    expect(hrefs).toContain(`/gemeenten/diemen/#${KLACHT}`);
    // The decision that names the measure is found too.
    expect(hrefs.some((href) => href!.startsWith('/besluiten/diemen-2022-12-20-bestedingsplan/'))).toBe(true);
    await page.locator('#zoek-gemeente-kop').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#zoekresultaten') !== null)).toBe(true);
    await Promise.all([
      page.waitForURL(`${base}/gemeenten/diemen/#${KLACHT}`),
      page.locator(`#zoekresultaten a[href="/gemeenten/diemen/#${KLACHT}"]`).click(),
    ]);
    expect(await inViewport(page, `[id="${KLACHT}"]`)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Enter on an exact gemeente name still jumps to its page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/over/`);
    await page.locator('#zoek-gemeente-kop').fill('Diemen');
    await Promise.all([
      page.waitForURL(`${base}/gemeenten/diemen/`),
      page.locator('#zoek-gemeente-kop').press('Enter'),
    ]);
    await context.close();
  });
});

describe('feed and sitemap', () => {
  /** Parses XML in the browser; a parse error is a <parsererror> element. */
  async function parse(page: Page, path: string, selector: string, attribute: string | null) {
    return page.evaluate(
      async ({ path, selector, attribute }) => {
        const text = await (await fetch(path)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0)
          return { error: doc.getElementsByTagName('parsererror')[0].textContent, values: [] };
        return {
          error: null,
          values: [...doc.querySelectorAll(selector)].map((el) =>
            attribute ? el.getAttribute(attribute) : el.textContent,
          ),
        };
      },
      { path, selector, attribute },
    );
  }

  test('the Atom feed parses and lists every decision and every spending line', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    const feed = await parse(page, '/feed.xml', 'entry > link[rel="alternate"]', 'href');
    expect(feed.error).toBeNull();
    const paths = feed.values.map((href) => new URL(href!, base).pathname + new URL(href!, base).hash);
    const slugs = new Map(csv('gemeenten').map((g) => [g.cbs_code, g.slug]));
    for (const b of csv('besluiten')) expect(paths).toContain(`/besluiten/${b.id}/`);
    for (const b of csv('bestedingen'))
      expect(paths).toContain(`/gemeenten/${slugs.get(b.cbs_code)}/#besteding-${b.id}`);
    const updated = await parse(page, '/feed.xml', 'feed > updated', null);
    // RFC 3339 in UTC: the commit time of the newest row change.
    expect(updated.values[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await context.close();
  });

  test('the preview sitemap parses and lists nothing, saying why; robots.txt names no sitemap', async () => {
    // A sitemap holds full addresses only, so a preview build's is empty and says why. The
    // release build's sitemap (every gemeente, decision and built page) is checked in
    // public-address.test.ts.
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    const sitemap = await parse(page, '/sitemap.xml', 'url > loc', null);
    expect(sitemap.error).toBeNull();
    expect(sitemap.values).toEqual([]);
    expect(await (await fetch(`${base}/sitemap.xml`)).text()).toContain(PREVIEW_LABEL);
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Sitemap:/m);
    await context.close();
  });
});

describe('share images', () => {
  const images = (kind: string) =>
    readdirSync(`${outDir.replace(/\/$/, '')}/og/${kind}`).filter((f) => f.endsWith('.png'));

  test('each gemeente image shows facts that its page shows, word for word; decisions have no image of their own', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    const pages = images('gemeenten').map((f) => `/gemeenten/${f.slice(0, -4)}/`);
    expect(pages).toContain('/gemeenten/amstelveen/');
    // A decision page shares its gemeente's card (public-address.test.ts checks the pages name it).
    expect(existsSync(`${outDir.replace(/\/$/, '')}/og/besluiten`)).toBe(false);
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      // The page names its image only with a full address (release build, public-address.test.ts);
      // the image itself is built in the preview too.
      const png = Buffer.from(await (await fetch(`${base}/og${path.slice(0, -1)}.png`)).arrayBuffer());
      expect(png.readUInt32BE(16)).toBe(1200);
      const card = JSON.parse(readPngText(png, FACTS_KEYWORD)!) as ShareCard;
      expect(card.path).toBe(path);
      const text = plain(await page.locator('main').textContent()).replace(/\s+/g, ' ');
      expect(text).toContain(plain(card.title));
      for (const fact of card.facts) expect(text, `${path}: ${fact.value}`).toContain(plain(fact.value));
    }
    // Amstelveen's image carries the allocation in the founding document.
    const amstelveen = JSON.parse(
      readPngText(readFileSync(`${outDir.replace(/\/$/, '')}/og/gemeenten/amstelveen.png`), FACTS_KEYWORD)!,
    ) as ShareCard;
    expect(amstelveen.facts.map((f) => plain(f.value))).toContain('€ 2.932.000 in totaal');
    await context.close();
  });

  test('a preview page names no share image (it would need a full address) and uses the small card', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    for (const path of ['/', '/gemeenten/amsterdam/', '/gemeenten/amstelveen/', '/over/']) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('meta[property="og:image"]').count()).toBe(0);
      expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary');
    }
    await context.close();
  });
});
