import type { APIRoute } from 'astro';
import { dynamicPagePaths, sitemapXml, staticPagePaths } from '../lib/links/sitemap';
import type { StaticPath } from '../lib/links/sitemap';
import { ADDRESS } from '../lib/site/config';
import { PREVIEW_LABEL } from '../lib/site/public-address';

// Every page file, found from the files themselves, so a new page is listed without editing this file.
const pageModules = import.meta.glob<{ getStaticPaths?: () => Promise<StaticPath[]> | StaticPath[] }>('./**/*.{astro,md,mdx}');

/**
 * sitemap.xml: pages without route parameters, plus every page a dynamic route builds
 * (gemeenten, decisions, ...), read from that route's own getStaticPaths.
 */
export const GET = (async () => {
  const files = Object.keys(pageModules);
  const paths = staticPagePaths(files.map((file) => `/src/pages/${file.replace(/^\.\//, '')}`));
  for (const file of files.filter((f) => f.includes('['))) {
    const module = await pageModules[file]();
    if (module.getStaticPaths) paths.push(...dynamicPagePaths(file.replace(/^\./, ''), await module.getStaticPaths()));
  }
  const xml = ADDRESS.base
    ? sitemapXml(paths.map((path) => ADDRESS.absolute(path)!))
    : sitemapXml([], `${PREVIEW_LABEL}. Een sitemap bevat alleen volledige webadressen; bouw met SITE_URL voor een sitemap met alle ${paths.length} pagina's.`);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}) satisfies APIRoute;
