/**
 * Old URL → new URL for every published page that moved (a gemeente merged, a slug typo was
 * fixed). src/pages/[...verhuisd].astro builds a static page with a refresh and a canonical link
 * at the old address (in Dutch, with the site's Content Security Policy); the URL registry test
 * accepts an old URL only when that page is built and points at a page that exists. Paths end
 * with a slash.
 */
export const REDIRECTS: Record<string, string> = {
  // The motie's date was inferred from the council meeting it was reported with; its source dates only the report (2023).
  '/besluiten/enschede-2023-11-07-motie-regie/': '/besluiten/enschede-2023-motie-regie/',
};
