import type { APIRoute } from 'astro';
import { dynamicPagePaths, sitemapXml, staticPagePaths } from '../lib/links/sitemap';
import type { StaticPath } from '../lib/links/sitemap';
import { SITE } from '../lib/site/config';

// Every page file, found from the files themselves, so a new page is listed without editing this file.
const pageModules = import.meta.glob<{ getStaticPaths?: () => Promise<StaticPath[]> | StaticPath[] }>('./**/*.{astro,md,mdx}');

/**
 * sitemap.xml: pages without route parameters, plus every page a dynamic route builds
 * (gemeenten, decisions, ...), read from that route's own getStaticPaths.
 */
export const GET = (async ({ site }) => {
  const files = Object.keys(pageModules);
  const paths = staticPagePaths(files.map((file) => `/src/pages/${file.replace(/^\.\//, '')}`));
  for (const file of files.filter((f) => f.includes('['))) {
    const module = await pageModules[file]();
    if (module.getStaticPaths) paths.push(...dynamicPagePaths(file.replace(/^\./, ''), await module.getStaticPaths()));
  }
  return new Response(sitemapXml(paths.map((path) => new URL(path, site ?? SITE.url).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}) satisfies APIRoute;
