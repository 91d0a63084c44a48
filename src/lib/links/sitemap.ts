import { escapeXml } from './xml';

/**
 * sitemaps.org XML for a list of absolute URLs, sorted and without duplicates. The protocol
 * allows only full addresses, so a preview build (no public address) passes `notice` and no URLs:
 * the file then says why it lists nothing.
 */
export function sitemapXml(urls: string[], notice?: string): string {
  const lines = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
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
    .filter((route) => !route.includes('[') && !/(^|\/)404$/.test(route) && !route.split('/').some((part) => part.startsWith('_')))
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
