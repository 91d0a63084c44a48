import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { outDir, pageTypes } from './page-types';

/*
 * The accessibility gate: axe-core on every page type for the WCAG 2.1 A and AA rules, plus
 * keyboard journeys that use Tab and Enter only and check that every focused element shows a
 * focus indicator it does not have without focus. A normal test run writes nothing. Only
 * `npm run a11y-evidence` (POK_WRITE_A11Y_EVIDENCE=1) writes the outcome, with the date and the
 * commit tested, to src/site/a11y-evidence.json, which /toegankelijkheid/ publishes; that
 * file is committed on purpose, so the statement shows one known run, not the last one on a machine.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EVIDENCE = fileURLToPath(new URL('../../src/site/a11y-evidence.json', import.meta.url));
const baseUrl = inject('baseUrl');

let browser: Browser;
let browserVersion = '';
const axeResults: { name: string; label: string; path: string; violations: number; rules: string[] }[] = [];
const journeys: { name: string; passed: boolean }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browserVersion = browser.version();
});

afterAll(async () => {
  await browser?.close();
  writeEvidence();
});

/** The commit the site was built from, and whether the work tree had changes beyond it. */
function testedCommit(): { commit: string; clean: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    clean: git('status', '--porcelain', '--untracked-files=no') === '',
  };
}

/** Writes the evidence file only when asked (npm run a11y-evidence) and only for a full run over every page type. */
function writeEvidence() {
  if (process.env.POK_WRITE_A11Y_EVIDENCE !== '1') return;
  if (axeResults.length !== pageTypes.length || journeys.length === 0)
    throw new Error('a11y evidence: not every page type and keyboard journey ran; nothing written');
  const axeVersion = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/package.json', import.meta.url)), 'utf8'),
  ).version;
  const evidence = {
    date: new Date().toISOString().slice(0, 10),
    ...testedCommit(),
    tool: `axe-core ${axeVersion} via @axe-core/playwright`,
    browser: `Chromium ${browserVersion}`,
    standard: 'WCAG 2.1 niveau A en AA',
    tags: WCAG_TAGS,
    pages: axeResults,
    keyboard: journeys,
    violations: axeResults.reduce((sum, page) => sum + page.violations, 0),
  };
  writeFileSync(EVIDENCE, `${JSON.stringify(evidence, null, 2)}\n`);
}

describe('axe-core (WCAG 2.1 A and AA)', () => {
  test('the output directory holds the core page types', () => {
    const names = pageTypes.map((page) => page.name);
    for (const name of [
      'home',
      'gemeenten list',
      'gemeente with data',
      'gemeente without data',
      'decision',
      'about',
      'method',
      'not found',
    ]) {
      expect(names, `${name} missing in ${outDir}`).toContain(name);
    }
  });

  for (const pageType of pageTypes) {
    test(`${pageType.name} (${pageType.path}) has no violations`, async () => {
      const { page, context } = await openPage(browser);
      try {
        await page.goto(baseUrl + pageType.path);
        const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = result.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 5)
              .join('\n  ')}`,
        );
        axeResults.push({
          name: pageType.name,
          label: pageType.label,
          path: pageType.path,
          violations: result.violations.length,
          rules: result.violations.map((v) => v.id),
        });
        expect(summary).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test('a phone-sized home and gemeente page have no violations', async () => {
    const { page, context } = await openPage(browser, { width: 360 });
    try {
      for (const path of ['/', '/gemeenten/amstelveen/']) {
        await page.goto(baseUrl + path);
        const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(result.violations.map((violation) => `${path} ${violation.id}`)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});

/** What a focus indicator is made of, read from the computed style. */
const FOCUS_STYLE = `(element) => {
  const style = getComputedStyle(element);
  return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(' | ');
}`;

/** Records every focusable element's style while nothing has focus, to compare with later. */
async function recordUnfocusedStyles(page: Page) {
  await page.evaluate(`(() => {
    const read = ${FOCUS_STYLE};
    window.__unfocused = [];
    document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').forEach((element, index) => {
      element.setAttribute('data-a11y-index', String(index));
      window.__unfocused[index] = read(element);
    });
  })()`);
}

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  styleChanged: boolean;
  indicator: string;
  insideTarget: boolean;
  summaryOfTarget: boolean;
}

/** Presses Tab once and describes the newly focused element, relative to an optional target element. */
async function tab(page: Page, target?: string): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(`(() => {
    const read = ${FOCUS_STYLE};
    const element = document.activeElement;
    const index = element.getAttribute('data-a11y-index');
    const now = read(element);
    const style = getComputedStyle(element);
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const hasShadow = style.boxShadow !== 'none';
    const targetElement = ${JSON.stringify(target ?? null)} ? document.querySelector(${JSON.stringify(target ?? '')}) : null;
    const details = element.tagName === 'SUMMARY' ? element.parentElement : null;
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60),
      href: element.getAttribute('href'),
      id: element.id,
      styleChanged: index !== null && window.__unfocused[Number(index)] !== now && (hasOutline || hasShadow),
      indicator: now,
      insideTarget: !!targetElement && targetElement.contains(element),
      summaryOfTarget: !!targetElement && !!details && details.contains(targetElement),
    };
  })()`);
}

/** Tabs until `done` holds, asserting visible focus on every stop; fails after `limit` stops. */
async function tabUntil(
  page: Page,
  done: (focused: Focused) => boolean,
  options: { limit?: number; target?: string } = {},
) {
  const visited: string[] = [];
  for (let step = 0; step < (options.limit ?? 150); step += 1) {
    const focused = await tab(page, options.target);
    expect(focused.styleChanged, `no visible focus on <${focused.tag}> "${focused.text}" (${focused.indicator})`).toBe(
      true,
    );
    visited.push(`${focused.tag}:${focused.text}`);
    if (done(focused)) return focused;
  }
  throw new Error(`not reached with Tab in ${options.limit ?? 150} stops: ${visited.slice(-10).join(', ')}`);
}

/** Runs a journey and records its outcome for the evidence file. */
function journey(name: string, body: (page: Page) => Promise<void>) {
  test(name, async () => {
    const { page, context, errors } = await openPage(browser);
    let passed = false;
    try {
      await body(page);
      expect(errors).toEqual([]);
      passed = true;
    } finally {
      journeys.push({ name, passed });
      await context.close();
    }
  });
}

describe('keyboard only, with visible focus', () => {
  journey('de zoekfunctie bereiken en een gemeente vinden', async (page) => {
    await page.goto(`${baseUrl}/`);
    await recordUnfocusedStyles(page);
    const skip = await tab(page);
    expect(skip.href).toBe('#inhoud');
    expect(skip.styleChanged).toBe(true);
    await tabUntil(page, (focused) => focused.tag === 'input' && focused.id.startsWith('zoek-gemeente'));
    await page.keyboard.type('Amstelveen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gemeenten\/amstelveen\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Amstelveen');
  });

  journey('een gemeente kiezen in de lijst met gemeenten', async (page) => {
    await page.goto(`${baseUrl}/gemeenten/`);
    await recordUnfocusedStyles(page);
    await tabUntil(page, (focused) => focused.href === '/gemeenten/amstelveen/', { limit: 400 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gemeenten\/amstelveen\/$/);
  });

  journey('de tabel bij een grafiek bereiken', async (page) => {
    await page.goto(`${baseUrl}/gemeenten/amstelveen/`);
    // A chart is a figure with an SVG; its data table is in or next to it. Until charts exist, any table.
    const target = await page.evaluate(() => {
      const figure = [...document.querySelectorAll('main figure')].find(
        (f) => f.querySelector('svg') && f.querySelector('table'),
      );
      if (figure) {
        figure.querySelector('table')!.setAttribute('data-a11y-target', '');
        return 'chart';
      }
      const table = document.querySelector('main table');
      table?.setAttribute('data-a11y-target', '');
      return table ? 'table' : null;
    });
    expect(target).not.toBeNull();
    const selector = '[data-a11y-target]';
    await recordUnfocusedStyles(page);
    // Reached when focus is inside the table, or on the summary of the <details> that holds it.
    const reached = await tabUntil(page, (focused) => focused.insideTarget || focused.summaryOfTarget, {
      target: selector,
      limit: 300,
    });
    if (reached.summaryOfTarget) await page.keyboard.press('Enter');
    await expect(page.locator(selector).isVisible()).resolves.toBe(true);
  });

  journey('een download bereiken', async (page) => {
    const hasDataPage = pageTypes.some((p) => p.name === 'data');
    await page.goto(`${baseUrl}${hasDataPage ? '/data/' : '/gemeenten/amstelveen/'}`);
    // Only the site's own files: a source document elsewhere is a citation, not a download.
    const ownDownload = (href: string | null) =>
      !!href && !/^[a-z]+:/i.test(href) && !href.startsWith('//') && /\.(csv|json|xlsx|zip)$/.test(href);
    const downloads = (
      await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).filter(ownDownload).length;
    if (!hasDataPage && downloads === 0) return; // no downloads built yet: nothing to reach
    expect(downloads).toBeGreaterThan(0);
    await recordUnfocusedStyles(page);
    const reached = await tabUntil(page, (focused) => focused.tag === 'a' && ownDownload(focused.href), { limit: 300 });
    const response = await page.request.get(new URL(reached.href!, page.url()).href);
    expect(response.status()).toBe(200);
  });
});
