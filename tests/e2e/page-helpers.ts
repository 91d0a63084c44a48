import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A page that records console errors and failed requests, so every test can assert there were none. */
export async function openPage(browser: Browser, options: { javaScript?: boolean; width?: number } = {}) {
  const context: BrowserContext = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1200, height: 900 },
  });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/** Text with no-break spaces turned into plain spaces (Intl puts one after the € sign). */
export const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
