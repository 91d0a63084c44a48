import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { publishedPaths } from '../support/url-registry';
import { PREVIEW_LABEL } from '../../src/site/public-address';
import { allHtmlFiles, outDir } from './page-types';
import { git, lastChange, shallow } from './git-dates';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { serveStatic } from './static-server';
import { MAX_LINK_LENGTH, attachNote } from '../../src/site/report-error';

/*
 * Public address. The suite's own build (dist/, `npm run build` without SITE_URL) is a preview:
 * no file may name a local or made-up host, and where a full address is needed the page says it
 * is a preview. A release build (SITE_URL set) is made here in a temporary folder and must carry the
 * real address everywhere: canonical, og, cite box, print footer and QR, feeds, sitemap, robots,
 * data package and catalogue.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const RELEASE_URL = 'https://pokinbeeld.example/';
// A publication build must name where reports go (src/site/report-channel.ts).
const RELEASE_EMAIL = 'redactie@pokinbeeld.example';
// Outside the project: a build whose output lies inside the work tree dated gemeente pages by
// older history (seen, not yet explained; noted on the one-model issue), and the tree stays clean.
const releaseRoot = tempDir('pok-release-build-');
const releaseDir = join(releaseRoot, 'dist');
const releaseCache = join(releaseRoot, 'astro-cache');
const LOCAL = /localhost|127\.0\.0\.1/;

/** Every file under a directory, as paths relative to it. */
function allFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}

/** Files whose bytes (text, or text inside a PNG) mention a pattern: what `grep -rlE` would list. */
const filesMatching = (dir: string, pattern: RegExp) =>
  allFiles(dir).filter((file) => pattern.test(readFileSync(join(dir, file), 'latin1')));
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
// Expected ids and slugs come from data/ (the sources), not from the built pages.
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(root, `data/${table}.csv`), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('a build without SITE_URL (preview)', () => {
  test('no built file names localhost or 127.0.0.1', () => {
    expect(filesMatching(outDir, LOCAL)).toEqual([]);
  });

  test('pages link by path, leave out og:url and og:image, and say in the footer that they are a preview', () => {
    // The embed pages are a chart alone, for other sites' frames: no site header, footer or share tags (embed.test.ts).
    const pages = allHtmlFiles().filter(
      (file) =>
        !/^404\.html$/.test(file) && !file.startsWith('embed/') && !read(outDir, file).includes('http-equiv="refresh"'),
    );
    expect(pages.length).toBeGreaterThan(300);
    for (const file of pages) {
      const html = read(outDir, file);
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), file).toMatch(/^\//);
      expect(html, file).not.toContain('property="og:url"');
      expect(html, file).not.toContain('property="og:image"');
      expect(html, file).toContain('id="voorbeeldversie"');
    }
  });

  test('where a full address is required it says so: cite box, print footer (no QR code), sitemap, robots.txt, feeds, catalogue', () => {
    const gemeente = read(outDir, 'gemeenten/amstelveen/index.html');
    expect(gemeente).toContain(`/gemeenten/amstelveen/ (${PREVIEW_LABEL})`);
    const footer = /<div class="print-only print-footer">([\s\S]*?)<\/div>/.exec(gemeente)![1];
    expect(footer).toContain(PREVIEW_LABEL);
    expect(footer).not.toContain('<svg');
    expect(read(outDir, 'sitemap.xml')).toContain(PREVIEW_LABEL);
    expect(read(outDir, 'sitemap.xml')).not.toContain('<loc>');
    expect(read(outDir, 'robots.txt')).not.toMatch(/^Sitemap:/m);
    for (const feed of ['feed.xml', 'data/wijzigingen/atom.xml']) {
      const xml = read(outDir, feed);
      expect(xml, feed).toContain(PREVIEW_LABEL);
      // Atom ids must be absolute IRIs: a tag URI under a reserved name that is no address.
      for (const id of xml.matchAll(/<id>([^<]+)<\/id>/g))
        expect(id[1], feed).toMatch(/^tag:pok-in-beeld\.invalid,2021:\//);
    }
    // The catalogue's own IRIs (catalogue, dataset, downloads) stay relative; only vocabularies
    // and licences of other bodies are full addresses.
    const catalogue = read(outDir, 'data/catalogus.jsonld');
    const downloads = [...catalogue.matchAll(/"dcat:downloadURL":\s*\{\s*"@id":\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(downloads.length).toBeGreaterThan(10);
    for (const url of downloads) expect(url).toMatch(/^\/data\//);
    const hosts = new Set([...catalogue.matchAll(/"@id":\s*"https?:\/\/([^/"]+)/g)].map((m) => m[1]));
    for (const host of hosts)
      expect([
        'publications.europa.eu',
        'creativecommons.org',
        'www.iana.org',
        'specs.frictionlessdata.io',
        'www.w3.org',
        'purl.org',
        'xmlns.com',
      ]).toContain(host);
    expect(JSON.parse(read(outDir, 'data/datapackage.json')).homepage).toBeUndefined();
  });
});

describe('a release build (SITE_URL set)', () => {
  let status: number | null = null;
  let output = '';

  beforeAll(() => {
    // A cache left by an earlier run could hold older data: this build starts from nothing.
    rmSync(releaseDir, { recursive: true, force: true });
    rmSync(releaseCache, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_URL: RELEASE_URL,
        SITE_CONTACT_EMAIL: RELEASE_EMAIL,
        SITE_REPOSITORY_URL: '',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        POK_OUT_DIR: releaseDir,
        POK_CACHE_DIR: releaseCache,
      },
      timeout: 400_000,
    });
    status = result.status;
    output = `${result.stdout}\n${result.stderr}`;
  }, 420_000);

  afterAll(() => {
    if (process.env.KEEP_RELEASE) return;
    rmSync(releaseDir, { recursive: true, force: true });
    rmSync(releaseCache, { recursive: true, force: true });
  });

  test('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  test('no file names a local address or the preview label', () => {
    expect(filesMatching(releaseDir, LOCAL)).toEqual([]);
    expect(filesMatching(releaseDir, /voorbeeldversie|pok-in-beeld\.invalid/)).toEqual([]);
  });

  test('every page names its full canonical address, og:url and og:image, and prints it with a QR code', () => {
    // A decision shares the card of the gemeente its facts list names, or the site-wide card when that gemeente has none.
    const gemeenteImageOfDecision = (html: string) => {
      const own = `og/gemeenten/${attribute(html, /<dt>Gemeente<\/dt><dd><a href="\/gemeenten\/([^/"]+)\/"/)}.png`;
      return existsSync(join(releaseDir, own)) ? own : 'og/site.png';
    };
    // The embed pages have no share tags or print footer (a chart alone for other sites' frames); their addresses are checked below.
    for (const path of publishedPaths(releaseDir).filter((p) => p.endsWith('/') && !p.startsWith('/embed/'))) {
      const html = read(releaseDir, `${path.slice(1)}index.html`);
      const canonical = new URL(path, RELEASE_URL).href;
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), path).toBe(canonical);
      expect(attribute(html, /<meta property="og:url" content="([^"]+)"/), path).toBe(canonical);
      // A gemeente with an image of its own uses it, and so do its decisions; a gemeente without data and the other pages use the site-wide image.
      const own = /^\/gemeenten\/[^/]+\/$/.test(path) ? `og${path.slice(0, -1)}.png` : null;
      const image =
        own && existsSync(join(releaseDir, own))
          ? own
          : /^\/besluiten\/[^/]+\/$/.test(path)
            ? gemeenteImageOfDecision(html)
            : 'og/site.png';
      expect(attribute(html, /<meta property="og:image" content="([^"]+)"/), path).toBe(`${RELEASE_URL}${image}`);
      expect(
        existsSync(
          join(releaseDir, attribute(html, /<meta property="og:image" content="([^"]+)"/)!.slice(RELEASE_URL.length)),
        ),
        path,
      ).toBe(true);
      expect(attribute(html, /<meta name="twitter:card" content="([^"]+)"/), path).toBe('summary_large_image');
      const footer = /<div class="print-only print-footer">([\s\S]*?)<\/div>/.exec(html)![1];
      // The address breaks at its slashes (<wbr>); as text it is the canonical address.
      expect(footer.replace(/<wbr>/g, ''), path).toContain(canonical);
      expect(footer, path).toContain('class="qr"');
    }
  });

  test('the embed code, the embed pages and the English pages use full addresses', () => {
    const gemeente = read(releaseDir, 'gemeenten/amstelveen/index.html');
    expect(gemeente).toContain(`&lt;iframe src=&quot;${RELEASE_URL}embed/amstelveen-geld-per-jaar/&quot;`);
    expect(gemeente).toContain(`e.origin!==&quot;${new URL(RELEASE_URL).origin}&quot;`);
    const embed = read(releaseDir, 'embed/amstelveen-geld-per-jaar/index.html');
    expect(attribute(embed, /<link rel="canonical" href="([^"]+)"/)).toBe(
      `${RELEASE_URL}embed/amstelveen-geld-per-jaar/`,
    );
    const english = read(releaseDir, 'en/method/index.html');
    expect(attribute(english, /<link rel="alternate" hreflang="nl" href="([^"]+)"/)).toBe(`${RELEASE_URL}methode/`);
    expect(attribute(english, /<link rel="alternate" hreflang="en" href="([^"]+)"/)).toBe(`${RELEASE_URL}en/method/`);
    expect(
      attribute(read(releaseDir, 'methode/index.html'), /<link rel="alternate" hreflang="en" href="([^"]+)"/),
    ).toBe(`${RELEASE_URL}en/method/`);
  });

  test('Amstelveen has its own share image and its decision shares it; Amsterdam (no data) the site-wide one', () => {
    expect(
      attribute(read(releaseDir, 'gemeenten/amstelveen/index.html'), /<meta property="og:image" content="([^"]+)"/),
    ).toBe(`${RELEASE_URL}og/gemeenten/amstelveen.png`);
    const decision = read(releaseDir, 'besluiten/amstelveen-2024-05-28-ombudsman/index.html');
    expect(attribute(decision, /<meta property="og:image" content="([^"]+)"/)).toBe(
      `${RELEASE_URL}og/gemeenten/amstelveen.png`,
    );
    expect(attribute(decision, /<meta property="og:image:alt" content="([^"]+)"/)).toBe(
      'Amstelveen: de belangrijkste feiten over de POK-middelen',
    );
    expect(
      attribute(read(releaseDir, 'gemeenten/amsterdam/index.html'), /<meta property="og:image" content="([^"]+)"/),
    ).toBe(`${RELEASE_URL}og/site.png`);
  });

  test('the cite box, "meld een fout" and the data page cite full addresses', () => {
    const html = read(releaseDir, 'gemeenten/amstelveen/index.html');
    expect(/<p class="cite-text" id="citeer-volledig"[^>]*>([^<]+)/.exec(html)![1]).toContain(
      `${RELEASE_URL}gemeenten/amstelveen/`,
    );
    expect(html).toContain(`${RELEASE_URL}gemeenten/amstelveen/#toekenning-amstelveen-pok-2022-2027`);
    expect(read(releaseDir, 'data/index.html')).toContain(`${RELEASE_URL}data/`);
  });

  test('"meld een fout" opens an e-mail to the configured address that carries the ready text; /meedoen/ and /correcties/ name the address', () => {
    const html = read(releaseDir, 'gemeenten/amstelveen/index.html');
    const links = [...html.matchAll(/<a href="(mailto:[^"]+)" data-report-send="[^"]+" data-report-kind="mail"/g)].map(
      (m) => m[1].replaceAll('&amp;', '&'),
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link.startsWith(`mailto:${RELEASE_EMAIL}?subject=`)).toBe(true);
      expect(link.length).toBeLessThanOrEqual(2000);
      expect(decodeURIComponent(link.split('&body=')[1])).toContain(`Link: ${RELEASE_URL}gemeenten/amstelveen/#`);
    }
    expect(html).not.toContain('id="geen-meldadres"');
    expect(read(releaseDir, 'meedoen/index.html')).toContain(`data-email="${RELEASE_EMAIL}"`);
    expect(read(releaseDir, 'correcties/index.html')).toContain(`href="mailto:${RELEASE_EMAIL}?subject=`);
  });

  test('a text too long for a link goes along as a file: the link says so and the page offers the file (/meedoen/ and "meld een fout")', async () => {
    const { server, url } = await serveStatic(releaseDir);
    const browser = await launchBrowser();
    try {
      const { page, context, errors } = await openPage(browser);
      await page.goto(`${url}/meedoen/`);
      await page.selectOption('#gemeente', 'GM0362');
      const bron = {
        titel: 'SYNTHETISCH: raadsinformatiebrief',
        uitgever: 'Gemeente (testbestand)',
        datum: '2024-03-01',
        soort: 'raadsinformatiebrief',
        primair: 'ja',
        url: 'https://example.org/synthetisch/rib',
      };
      for (const [column, value] of Object.entries(bron))
        await page
          .locator(`#bron-${column}`)
          .fill(value)
          .catch(() => page.selectOption(`#bron-${column}`, value));
      await page.selectOption('#nieuw-feit', 'besluiten');
      await page.click('#voeg-feit-toe');
      // A valid decision whose quote, within its length limit, is far longer than a link may be once encoded (é is 6 characters).
      const citaat = `SYNTHETISCH: het college stemt in met ${'één '.repeat(200)}`.trim();
      const fields = {
        datum: '2024-03-01',
        orgaan: 'college',
        onderwerp: 'plan',
        uitkomst: 'aangenomen',
        strekking: 'SYNTHETISCH: het college stemt in met de inzet',
        citaat,
      };
      for (const [column, value] of Object.entries(fields))
        await page
          .locator(`#feit-1-${column}`)
          .fill(value)
          .catch(() => page.selectOption(`#feit-1-${column}`, value));
      await page.click('#formulier button[type="submit"]');
      await page.locator('#uitkomst').waitFor({ state: 'visible' });
      const send = page.locator('#uitkomst [data-send]');
      const href = (await send.locator('a').getAttribute('href'))!;
      expect(href.startsWith(`mailto:${RELEASE_EMAIL}?`)).toBe(true);
      expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(decodeURIComponent(href)).toContain(attachNote('nieuwe-regels.txt'));
      expect(await send.textContent()).toContain('te lang voor een link');
      const download = page.waitForEvent('download');
      await send.getByRole('button', { name: 'Download alle regels als nieuwe-regels.txt' }).click();
      const file = readFileSync((await (await download).path())!, 'utf8');
      expect(file).toContain(await page.locator('#uitkomst code[data-table="besluiten"]').textContent());

      // "meld een fout": a short text goes in the link; once the reader writes more than fits, the link carries the note and the page says so.
      await page.goto(`${url}/gemeenten/amstelveen/`);
      const tools = page.locator('[id="toekenning-amstelveen-pok-2022-2027"] .fact-menu');
      await tools.locator(':scope > summary').click();
      await tools.locator('details.report > summary').click();
      const note = tools.locator('.report-attach');
      expect(await note.isVisible()).toBe(false);
      await tools
        .locator('textarea')
        .fill(`${await tools.locator('textarea').inputValue()}${'Het bedrag klopt niet. '.repeat(120)}`);
      expect(await note.isVisible()).toBe(true);
      const link = (await tools.locator('a[data-report-send]').getAttribute('href'))!;
      expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(decodeURIComponent(link)).toContain(attachNote('melding-toekenning-amstelveen-pok-2022-2027.txt'));
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      server.close();
    }
  });

  test('sitemap, robots.txt, feeds, data package and catalogue use the full address', () => {
    const locs = [...read(releaseDir, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Every page the build wrote (not the feed, sitemap, robots.txt or redirect pages) is listed, once,
    // except the embed pages: copies of charts for other sites' frames, marked noindex.
    const pages = publishedPaths(releaseDir).filter((p) => p.endsWith('/') && !p.startsWith('/embed/'));
    expect(publishedPaths(releaseDir).some((p) => p.startsWith('/embed/'))).toBe(true);
    expect(locs.sort()).toEqual(pages.map((p) => new URL(p, RELEASE_URL).href).sort());
    const paths = new Set(locs.map((loc) => new URL(loc).pathname));
    for (const g of csv('gemeenten')) expect(paths.has(`/gemeenten/${g.slug}/`)).toBe(true);
    for (const b of csv('besluiten')) expect(paths.has(`/besluiten/${b.id}/`)).toBe(true);
    for (const path of ['/', '/gemeenten/', '/methode/', '/over/', '/correcties/']) expect(paths.has(path)).toBe(true);
    expect(paths.has('/404/')).toBe(false);
    expect(read(releaseDir, 'robots.txt')).toMatch(/^Sitemap: https:\/\/pokinbeeld\.example\/sitemap\.xml$/m);
    for (const feed of ['feed.xml', 'data/wijzigingen/atom.xml']) {
      const xml = read(releaseDir, feed);
      const refs = [...xml.matchAll(/<id>([^<]+)<\/id>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      expect(refs.length, feed).toBeGreaterThan(1);
      for (const ref of refs) expect(ref, feed).toMatch(/^https:\/\/pokinbeeld\.example\//);
    }
    expect(JSON.parse(read(releaseDir, 'data/datapackage.json')).homepage).toBe(`${RELEASE_URL}data/`);
    const catalogue = read(releaseDir, 'data/catalogus.jsonld');
    expect(catalogue).toContain(`"${RELEASE_URL}data/alles.csv"`);
  });

  test.skipIf(shallow)(
    'the sitemap has a lastmod for every URL; a gemeente page has the time its newest row or text changed',
    () => {
      const sitemap = read(releaseDir, 'sitemap.xml');
      const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(
        (m) => ({ path: new URL(m[1]).pathname, lastmod: m[2] }),
      );
      expect(urls.length).toBe((sitemap.match(/<url>/g) ?? []).length);
      for (const url of urls) {
        expect(url.lastmod, url.path).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?$/);
        expect(Date.parse(url.lastmod!), url.path).toBeLessThanOrEqual(Date.now());
      }
      for (const slug of ['amstelveen', 'diemen']) {
        const code = csv('gemeenten').find((g) => g.slug === slug)!.cbs_code;
        const expected = [
          lastChange(code, 'data/'),
          git('log', '-1', '--first-parent', '--format=%cI', '--', `content/gemeenten/${slug}.mdx`),
        ]
          .filter(Boolean)
          .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
        expect(urls.find((u) => u.path === `/gemeenten/${slug}/`)!.lastmod, slug).toBe(expected);
      }
      // A page without rows of its own: the last change to data/, which every page's footer shows.
      expect(urls.find((u) => u.path === '/data/')!.lastmod).toBe(
        git('log', '-1', '--first-parent', '--format=%cs', '--', 'data/'),
      );
    },
  );
});
