import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { launchBrowser } from './browser';
import { openPage, plain } from './page-helpers';
import { pageTypes } from './page-types';

/* Issue 22, as a person sees it: the home page answers first, every gemeente page tells the same
   story, one quiet control per fact, print in Dutch, and the measured smaller faults. */

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const csv = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8'), { header: true, skipEmptyLines: true })
    .data;

/** Whether an element lies wholly in the first screen (no scrolling). */
const inFirstScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });

describe('the home page answers its question first', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 900],
  ]) {
    test(`at ${width} px the first screen holds the gemeente field, the coverage sentence with its base, and the map or its entry`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 500 });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const field = page.getByLabel('Zoek uw gemeente', { exact: true });
      expect(await field.count()).toBe(1);
      expect(await field.evaluate((el) => el.closest('main') !== null)).toBe(true);
      expect(await inFirstScreen(page, '#zoek-gemeente-kop')).toBe(true);
      expect(await inFirstScreen(page, '#dekking-kort')).toBe(true);
      expect(plain(await page.locator('#dekking-kort').textContent())).toMatch(/\d+ van de 342 gemeenten/);
      if (width >= 1280) {
        // The map itself: its drawing starts in the first screen and most of it is visible.
        const map = await page.locator('#grafiek-kaart svg').boundingBox();
        expect(map!.y).toBeLessThan(height / 3);
        expect(map!.y + map!.height * 0.75).toBeLessThanOrEqual(height);
      } else {
        expect(await inFirstScreen(page, '#dekking-kort a[href="#kaart"]')).toBe(true);
      }
      await context.close();
    });
  }

  test('one search box on the home page, and it is the page’s own', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    expect(await page.locator('header form[role="search"]').count()).toBe(0);
    await context.close();
  });

  test('each disagreement between sources is printed once: on /rijksgeld/, not on the home page', async () => {
    const rows = csv('rijksmiddelen');
    const byStream = new Map<string, Set<string>>();
    for (const r of rows) byStream.set(r.stroom, (byStream.get(r.stroom) ?? new Set()).add(r.bron));
    const disputed = rows.filter((r) => byStream.get(r.stroom)!.size > 1);
    expect(disputed.length).toBeGreaterThan(1);
    const { page, context } = await openPage(browser);
    const count = (text: string, needle: string) => text.split(needle).length - 1;
    await page.goto(`${base}/`);
    const home = plain(await page.locator('main').textContent());
    for (const r of disputed) expect(count(home, plain(r.citaat)), r.id).toBe(0);
    expect(await page.locator('main a[href="/rijksgeld/"]').count()).toBe(1);
    await page.goto(`${base}/rijksgeld/`);
    const detail = plain(await page.locator('main').textContent());
    for (const r of disputed) expect(count(detail, plain(r.citaat)), r.id).toBe(1);
    expect(await page.locator('#verschillen .disagreement').count()).toBe(new Set(disputed.map((r) => r.stroom)).size);
    await context.close();
  });
});

describe('every gemeente page tells the same story', () => {
  const STORY = ['toekenningen', 'bestedingen', 'besluiten', 'resultaten', 'onbekend', 'helpen'];
  test('the parts come in the same order on a page with facts, one with a narrative, one searched without result and one never searched', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    for (const slug of ['amstelveen', 'diemen', 'enschede', 'amsterdam', 'vaals']) {
      await page.goto(`${base}/gemeenten/${slug}/`);
      const order = await page.locator('main > section[id]').evaluateAll((sections) => sections.map((s) => s.id));
      // A gemeente of which nothing is known has no parts to fill: one "Wat wij niet weten" holds their anchors.
      const noFacts = slug === 'amsterdam' || slug === 'vaals';
      expect(
        order.filter((id) => STORY.includes(id)),
        slug,
      ).toEqual(noFacts ? STORY.slice(4) : STORY);
      if (noFacts)
        for (const id of STORY.slice(0, 4))
          expect(await page.locator(`#onbekend #${id}`).count(), `${slug} #${id}`).toBe(1);
      // The generated lead comes first, before any narrative.
      const lead = await page.locator('main .story-lead').textContent();
      expect(lead!.length, slug).toBeGreaterThan(40);
      if (slug === 'diemen') expect(order.indexOf('verhaal')).toBeGreaterThan(order.indexOf('resultaten'));
    }
    await context.close();
  });

  test('an empty part says what is not known in one sentence; a gemeente never searched says so once', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/vaals/`);
    // Nothing known: no empty part per kind of fact, one sentence for all of them, no table or chart.
    expect(await page.locator('main p.empty').count()).toBe(0);
    expect(await page.locator('main > section:not(#inwoners) table, main svg.chart-svg').count()).toBe(0);
    expect(await page.locator('#geen-gegevens').textContent()).toContain('nog niet gezocht');
    await page.goto(`${base}/gemeenten/dordrecht/`);
    // Some facts: each empty part says so in one sentence.
    expect(plain(await page.locator('#toekenningen p.empty').textContent())).toContain(
      'Wij vonden geen openbaar bedrag',
    );
    await page.goto(`${base}/gemeenten/amstelveen/`);
    const unknown = plain(await page.locator('#onbekend').textContent());
    expect(unknown).toContain('per jaar');
    await context.close();
  });
});

describe('a chart only where it carries a known value, and no label cut', () => {
  // Every gemeente with a money row, from data/: the pages that can have charts.
  const withMoney = [
    ...new Set(['toekenningen', 'bestedingen', 'verschuivingen'].flatMap((t) => csv(t).map((r) => r.cbs_code))),
  ];
  const slugOf = new Map(csv('gemeenten').map((g) => [g.cbs_code, g.slug]));
  const chartPages = ['/', '/rijksgeld/', '/vergelijk/', ...withMoney.map((code) => `/gemeenten/${slugOf.get(code)}/`)];

  test('every lane drawn shows at least one known amount (a chart without one is a sentence: charts.test.ts)', async () => {
    const { page, context } = await openPage(browser, { width: 1280 });
    let drawn = 0;
    for (const code of withMoney) {
      await page.goto(`${base}/gemeenten/${slugOf.get(code)}/`);
      const lanes = await page.locator('figure.chart .chart-wide g.lane').evaluateAll((gs) =>
        gs.map((g) => ({
          lane: g.querySelector('text')?.textContent ?? '',
          known: [...g.querySelectorAll('g.bar rect')].some((r) => !(r.getAttribute('fill') ?? '').startsWith('url(')),
        })),
      );
      for (const lane of lanes) expect(lane.known, `${code} ${lane.lane}`).toBe(true);
      drawn += lanes.length;
    }
    expect(drawn).toBeGreaterThan(5);
    await context.close();
  });

  test('the home page draws the map with known facts and national money with a known part; few known values are a list', async () => {
    const { page, context } = await openPage(browser, { width: 1280 });
    await page.goto(`${base}/`);
    expect(
      await page
        .locator(
          '#grafiek-kaart svg :is(g[data-level="bedragen"], g[data-level="besluiten"], g[data-level="genoemd"]) a',
        )
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator('#grafiek-rijksgeld .chart-wide rect[fill]:not([fill^="url("]):not([fill="none"])').count(),
    ).toBeGreaterThan(0);
    await page.goto(`${base}/vergelijk/`);
    const mapDrawn = await page.locator('#grafiek-kaart-per-inwoner svg').count();
    if (mapDrawn > 0)
      expect(
        await page.locator('#grafiek-kaart-per-inwoner g[data-measure="bekend"] a').count(),
      ).toBeGreaterThanOrEqual(8);
    else expect(await page.locator('#grafiek-kaart-per-inwoner li').count()).toBeGreaterThan(0);
    await context.close();
  });

  for (const width of [360, 1280]) {
    test(`at ${width} px no text of a chart leaves its drawing`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 500 });
      const page = await context.newPage();
      const cut: string[] = [];
      for (const path of chartPages) {
        await page.goto(`${base}${path}`);
        cut.push(
          ...(await page.evaluate(() => {
            const out: string[] = [];
            for (const svg of document.querySelectorAll<SVGSVGElement>('main svg.chart-svg')) {
              if (svg.getClientRects().length === 0 || svg.getBoundingClientRect().width === 0) continue;
              const vb = svg.viewBox.baseVal;
              const box =
                vb && vb.width
                  ? { x: vb.x, y: vb.y, w: vb.width, h: vb.height }
                  : { x: 0, y: 0, w: svg.getBoundingClientRect().width, h: svg.getBoundingClientRect().height };
              const toSvg = svg.getCTM()!.inverse();
              for (const text of svg.querySelectorAll('text')) {
                if (text.getClientRects().length === 0) continue;
                const b = text.getBBox();
                const m = toSvg.multiply(text.getCTM()!);
                const a = new DOMPoint(b.x, b.y).matrixTransform(m);
                const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
                if (a.x < box.x - 0.5 || a.y < box.y - 0.5 || c.x > box.x + box.w + 0.5 || c.y > box.y + box.h + 0.5)
                  out.push(`${location.pathname} ${svg.getAttribute('aria-labelledby')}: "${text.textContent}"`);
              }
            }
            return out;
          })),
        );
      }
      expect(cut).toEqual([]);
      await context.close();
    });
  }
});

describe('one quiet control per fact', () => {
  const FACT_ROWS =
    '[id^="toekenning-"], [id^="besteding-"], [id^="verschuiving-"], [id^="besluit-"], [id^="resultaat-"], [id^="vermelding-"]';

  test('a fact row shows its source and one menu; the menu holds quote, link, copy and at most one report', async () => {
    const { page, context } = await openPage(browser);
    for (const slug of ['amstelveen', 'diemen']) {
      await page.goto(`${base}/gemeenten/${slug}/`);
      const rows = await page.locator(`main :is(tr, li):is(${FACT_ROWS})`).evaluateAll((items) =>
        items.map((row) => {
          // checkVisibility: what a closed <details> holds is not shown, though it has a box.
          const visible = (el: Element) => el.checkVisibility();
          const controls = [...row.querySelectorAll('a, button, summary')].filter(visible);
          return {
            id: row.id,
            menus: row.querySelectorAll('details.fact-menu').length,
            reports: [...row.querySelectorAll('summary, a, button')].filter((el) =>
              /meld een fout/.test(el.textContent ?? ''),
            ).length,
            // Closed, a row shows its own links (source, decision) and ONE menu button.
            buttons: controls.filter((el) => el.tagName === 'SUMMARY' || el.tagName === 'BUTTON').length,
          };
        }),
      );
      expect(rows.length, slug).toBeGreaterThan(3);
      for (const row of rows) expect(row, row.id).toMatchObject({ menus: 1, reports: 1, buttons: 1 });
    }
    await context.close();
  });

  test('headings and charts are named without their "link" anchor, and different places have different link names', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    expect(await page.getByRole('heading', { name: /link$/ }).count()).toBe(0);
    expect(await page.getByRole('figure', { name: /link$/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Besluiten', exact: true }).count()).toBe(1);
    // One accessible link name, one destination (the figure menus name their fact; sources their title).
    const links = await page
      .locator('main a[href]')
      .evaluateAll((as) =>
        as.map((a) => ({ name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })),
      );
    const targets = new Map<string, Set<string>>();
    for (const { name, href } of links) targets.set(name, (targets.get(name) ?? new Set()).add(href!));
    const ambiguous = [...targets]
      .filter(([, hrefs]) => hrefs.size > 1)
      .map(([name, hrefs]) => `${name} → ${[...hrefs].join(', ')}`);
    expect(ambiguous).toEqual([]);
    await context.close();
  });

  test('every small control is a target of at least 24 by 24 px (WCAG 2.2)', async () => {
    const { page, context } = await openPage(browser, { width: 360 });
    for (const path of ['/gemeenten/amstelveen/', '/rijksgeld/', '/']) {
      await page.goto(`${base}${path}`);
      const small = await page
        .locator('main :is(.fact-menu > summary, details.precies > summary, a.anchor)')
        .evaluateAll((els) =>
          els
            .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 23.5 || box.width < 23.5))
            .map(({ text, box }) => `${text} ${box.width.toFixed(0)}x${box.height.toFixed(0)}`),
        );
      expect(small, path).toEqual([]);
    }
    await context.close();
  });
});

describe('print speaks Dutch', () => {
  test('the printed Amstelveen page shows € 2.932.000 and no bare 2932000, and names the site and the path', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/gemeenten/amstelveen/`);
    await page.emulateMedia({ media: 'print' });
    // The visible text, each text node apart (cells printed side by side stay apart).
    const printed = plain(
      await page.evaluate(() => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (
            parent &&
            parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
            parent.closest('script, style') === null
          )
            parts.push(node.textContent ?? '');
        }
        return parts.join(' ').replace(/\s+/g, ' ');
      }),
    );
    expect(printed).toContain('€ 2.932.000');
    // No raw number of five digits or more (an amount written the CSV's way), but codes such as 85984NED may stay.
    expect(printed.match(/(?<![\w./])-?\d{5,}(?![\w.])/g) ?? []).toEqual([]);
    expect(printed).not.toContain('Per: totaal');
    // A preview build has no public address: the footer names the site and the path.
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
    expect(plain(await page.locator('.print-footer').textContent())).toMatch(
      /POK in beeld, pagina \/gemeenten\/amstelveen\//,
    );
    await context.close();
  });
});

describe('the smaller faults, measured', () => {
  test('without JavaScript /gemeenten/ shows no filter form that would change nothing', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/gemeenten/`);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    await context.close();
  });

  test('the phone header takes at most 15 % of a 740 px screen on every page type', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    for (const { path } of pageTypes) {
      await page.goto(`${base}${path}`);
      // An embed page (inside another site's frame) has no header of its own.
      if ((await page.locator('header.site').count()) === 0) continue;
      expect((await page.locator('header.site').boundingBox())!.height, path).toBeLessThanOrEqual(740 * 0.15);
    }
    // The menu is behind one button and opens without JavaScript's help.
    await page.getByText('Menu', { exact: true }).click();
    expect(await page.locator('nav.main a[href="/data/"]').isVisible()).toBe(true);
    await context.close();
  });

  test('keyboard focus on a map shape changes enough pixels to see, on every fill', async () => {
    const { page, context } = await openPage(browser, { width: 1280 });
    const blank = await context.newPage();
    await page.goto(`${base}/`);
    // One gemeente per fill: amounts, decisions, mentioned, searched without result, never searched.
    const levels = ['bedragen', 'besluiten', 'genoemd', 'niets-gevonden', 'niet-onderzocht'];
    for (const level of levels) {
      const link = page.locator(`#grafiek-kaart g[data-level="${level}"] a`).first();
      await link.scrollIntoViewIfNeeded();
      const box = (await link.boundingBox())!;
      const clip = { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 };
      const before = await page.screenshot({ clip });
      await link.focus();
      expect(await link.evaluate((el) => el.matches(':focus-visible')), level).toBe(true);
      const after = await page.screenshot({ clip });
      // Compared in a blank page: the site's Content Security Policy rightly forbids data: URLs.
      const changed = await blank.evaluate(
        async ([a, b]) => {
          const pixels = async (data: string) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const ctx = canvas.getContext('2d')!;
            ctx.drawImage(bitmap, 0, 0);
            return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
          };
          const [x, y] = [await pixels(a), await pixels(b)];
          let count = 0;
          for (let i = 0; i < x.length; i += 4)
            if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 60) count++;
          return count;
        },
        [before.toString('base64'), after.toString('base64')],
      );
      // At least a third of the shape's box, and never fewer than 100 pixels.
      expect(changed, level).toBeGreaterThanOrEqual(Math.max(100, (box.width * box.height) / 3));
      await link.blur();
    }
    await context.close();
  });

  test('ids are unique on every page type as the browser shows it (scripts run)', async () => {
    const { page, context } = await openPage(browser);
    for (const path of [
      ...pageTypes.map((p) => p.path),
      '/rijksgeld/',
      '/gemeenten/diemen/',
      '/vergelijk/?gemeenten=amstelveen,diemen',
    ]) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicates, path).toEqual([]);
    }
    await context.close();
  });

  test('no <pre> carries an ARIA name', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    expect(await page.locator('pre[aria-label], pre[aria-labelledby]').count()).toBe(0);
    expect(await page.locator('pre').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('/vergelijk/ does not jump while scrolling (layout shift 0)', async () => {
    const { page, context } = await openPage(browser, { width: 1280 });
    await page.goto(`${base}/vergelijk/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await context.close();
  });
});
