import { escapeXml } from '../format/xml';

/** One sitemap entry: an absolute URL and when its content last changed (W3C date-time), if known. */
export interface SitemapEntry {
  url: string;
  lastmod?: string | null;
}

/**
 * sitemaps.org XML for absolute URLs (with `lastmod` where known), sorted and without duplicates.
 * The protocol allows only full addresses, so a preview build (no public address) passes
 * `notice` and no entries: the file then says why it lists nothing.
 */
export function sitemapXml(entries: (string | SitemapEntry)[], notice?: string): string {
  const byUrl = new Map<string, SitemapEntry>();
  for (const entry of entries) {
    const e = typeof entry === 'string' ? { url: entry } : entry;
    if (!byUrl.has(e.url)) byUrl.set(e.url, e);
  }
  const lines = [...byUrl.values()]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map(
      (e) =>
        `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`,
    );
  const comment = notice ? `  <!-- ${notice.replace(/--/g, '- -')} -->\n` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${comment}${lines.join('\n')}
</urlset>
`;
}

/**
 * Site paths of pages without route parameters, from the page files' paths
 * ("/src/pages/gemeenten/index.astro" → "/gemeenten/"). The 404 page is left out.
 */
export function staticPagePaths(files: string[]): string[] {
  return files
    .map((file) => file.replace(/^.*\/src\/pages/, '').replace(/\.(astro|mdx|md)$/, ''))
    .filter(
      (route) =>
        !route.includes('[') && !/(^|\/)404$/.test(route) && !route.split('/').some((part) => part.startsWith('_')),
    )
    .map((route) => `${route.replace(/\/?index$/, '')}/`.replace(/\/+/g, '/'))
    .sort();
}

/** One entry of a route's getStaticPaths, as far as the sitemap needs it. */
export interface StaticPath {
  params: Record<string, string | number | undefined>;
}

/**
 * Site paths a dynamic route builds: "/gemeenten/[slug].astro" with params { slug: "diemen" }
 * → "/gemeenten/diemen/". Rest parameters ("[...path]") may hold slashes; an empty one drops out.
 */
export function dynamicPagePaths(route: string, entries: StaticPath[]): string[] {
  const pattern = route.replace(/\.(astro|mdx|md)$/, '').replace(/\/index$/, '');
  return entries.map(({ params }) => {
    const path = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest, name: string) => String(params[name] ?? ''));
    return `${path}/`.replace(/\/+/g, '/');
  });
}
