// Bytes sent per page type of the real site, in a browser.
import { gzipSync } from 'node:zlib';
import { kb, pad, padStart } from './build.ts';

/** The page types measured for weight and Lighthouse, when they exist in the real build. */
export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'gemeenten list', path: '/gemeenten/' },
  { name: 'gemeente with data', path: '/gemeenten/amstelveen/' },
  { name: 'gemeente without data', path: '/gemeenten/vaals/' },
  { name: 'decision', path: '/besluiten/amstelveen-2024-05-28-ombudsman/' },
  { name: 'compare', path: '/vergelijk/' },
  { name: 'data', path: '/data/' },
];

type Kind = 'html' | 'css' | 'js' | 'image' | 'other';
const kindOf = (url: string, type: string): Kind => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(url)) return 'js';
  if (type === 'image' || /\.(png|svg|jpe?g|webp|avif|ico)$/.test(url)) return 'image';
  return 'other';
};

export async function measureWeights(baseUrl: string, existing: typeof PAGE_TYPES) {
  const { launchBrowser } = await import('../e2e/browser.ts');
  const browser = await launchBrowser();
  console.log('\n## Bytes sent per page type (real data; raw / gzip), visible text alone (gzip), and the ratio\n');
  console.log(
    `${pad('page', 24)}${padStart('HTML', 19)}${padStart('CSS', 19)}${padStart('JS', 19)}${padStart('images', 19)}${padStart('other', 19)}${padStart('total gz', 11)}${padStart('text gz', 10)}${padStart('ratio', 7)}${padStart('search JS gz', 14)}`,
  );
  for (const pageType of existing) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const sizes: Record<Kind, { raw: number; gz: number }> = {
      html: { raw: 0, gz: 0 },
      css: { raw: 0, gz: 0 },
      js: { raw: 0, gz: 0 },
      image: { raw: 0, gz: 0 },
      other: { raw: 0, gz: 0 },
    };
    let phase: 'load' | 'search' = 'load';
    const search = { raw: 0, gz: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            const target = phase === 'load' ? sizes[kindOf(response.url(), response.request().resourceType())] : search;
            target.raw += body.length;
            target.gz += gzipSync(body, { level: 9 }).length;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(baseUrl + pageType.path, { waitUntil: 'networkidle' });
    await Promise.all(pending.splice(0));
    const text = await page.evaluate(() => document.body.innerText);
    // What loads on first use of the search box is counted apart (issue 6: reported separately).
    phase = 'search';
    const box = page.locator('input[type="search"]').first();
    if (await box.count()) {
      await box.focus();
      await box.pressSequentially('amst');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    await Promise.all(pending.splice(0));
    const textGz = gzipSync(Buffer.from(text), { level: 9 }).length;
    const totalGz = Object.values(sizes).reduce((sum, size) => sum + size.gz, 0);
    const cell = (size: { raw: number; gz: number }) => padStart(`${kb(size.raw)}/${kb(size.gz)}`, 19);
    console.log(
      `${pad(pageType.name, 24)}${cell(sizes.html)}${cell(sizes.css)}${cell(sizes.js)}${cell(sizes.image)}${cell(sizes.other)}${padStart(kb(totalGz), 11)}${padStart(kb(textGz), 10)}${padStart((totalGz / textGz).toFixed(1), 7)}${padStart(kb(search.gz), 14)}`,
    );
    await context.close();
  }
  await browser.close();
  console.log('\nTargets: a gemeente page ≤ 50 KB gzip in total and ≤ 15 KB gzip JavaScript (search counted apart).');
}
