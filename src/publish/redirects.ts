/**
 * Old URL → new URL for every published page that moved (a gemeente merged, a slug typo was
 * fixed). astro.config.mjs passes this to Astro's `redirects`, which builds a static page with a
 * refresh and a canonical link at the old address; the URL registry test accepts an old URL
 * only when that page is built and points at a page that exists. Paths end with a slash.
 * None is needed yet: no published URL has changed.
 */
export const REDIRECTS: Record<string, string> = {};
