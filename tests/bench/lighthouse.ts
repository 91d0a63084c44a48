// Lighthouse scores of a few page types of the real site.
import { pad, padStart } from './build.ts';
import type { PAGE_TYPES } from './weights.ts';

export async function runLighthouse(baseUrl: string, existing: typeof PAGE_TYPES) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  console.log('\n## Lighthouse (mobile settings, simulated throttling; Debian Chromium, no network)\n');
  console.log(
    `${pad('page', 24)}${padStart('performance', 13)}${padStart('accessibility', 15)}${padStart('best practices', 16)}${padStart('SEO', 6)}`,
  );
  try {
    for (const pageType of existing.filter((p) => ['home', 'gemeente with data', 'compare', 'data'].includes(p.name))) {
      const result = await lighthouse(baseUrl + pageType.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (key: string) =>
        categories[key]?.score === null || categories[key] === undefined
          ? '-'
          : String(Math.round((categories[key].score ?? 0) * 100));
      console.log(
        `${pad(pageType.name, 24)}${padStart(score('performance'), 13)}${padStart(score('accessibility'), 15)}${padStart(score('best-practices'), 16)}${padStart(score('seo'), 6)}`,
      );
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual' &&
            audit.scoreDisplayMode !== 'notApplicable',
        )
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      if (failing.length) console.log(`${' '.repeat(24)}below 1: ${failing.slice(0, 12).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
}
