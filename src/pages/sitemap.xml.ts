import type { APIRoute } from 'astro';
import { dynamicPagePaths, sitemapXml, staticPagePaths } from '../publish/sitemap';
import type { StaticPath } from '../publish/sitemap';
import { ADDRESS } from '../site/config';
import { PREVIEW_LABEL } from '../site/public-address';
import { latest, latestPerGemeente, rowChangeTimes, rowTime } from '../publish/row-dates';
import { fileChangeTimes } from '../publish/file-times';
import { isNoHistory } from '../git';
import { dataHistory, siteModel } from '../astro/queries';
import { dataVersion } from '../site/data-version';
import { REDIRECTS } from '../publish/redirects';

// Every page file, found from the files themselves, so a new page is listed without editing this file.
const pageModules = import.meta.glob<{ getStaticPaths?: () => Promise<StaticPath[]> | StaticPath[] }>(
  './**/*.{astro,md,mdx}',
);

/**
 * sitemap.xml: pages without route parameters, plus every page a dynamic route builds
 * (gemeenten, decisions, ...), read from that route's own getStaticPaths. `lastmod`: for a
 * gemeente or decision page, when its newest row (or its text in content/) changed in git; for
 * every other page, the last data change, which every page shows in its footer.
 */
export const GET = (async () => {
  const files = Object.keys(pageModules);
  const paths = staticPagePaths(files.map((file) => `/src/pages/${file.replace(/^\.\//, '')}`));
  for (const file of files.filter((f) => f.includes('['))) {
    const module = await pageModules[file]();
    // The embed pages are copies of charts for other sites' frames, marked noindex: not listed.
    if (module.getStaticPaths && !file.startsWith('./embed/'))
      paths.push(...dynamicPagePaths(file.replace(/^\./, ''), await module.getStaticPaths()));
  }
  // A moved page's old address only sends readers on (src/pages/[...verhuisd].astro): the sitemap lists where it went.
  const listed = paths.filter((path) => REDIRECTS[path] === undefined);
  const { dataset } = await siteModel();
  const times = rowChangeTimes(await dataHistory());
  const contentTimes = fileChangeTimes('content/');
  const content = (file: string) => (isNoHistory(contentTimes) ? null : (contentTimes.get(file) ?? null));
  const perGemeente = latestPerGemeente(dataset, times);
  const pageTime = new Map<string, string | null>();
  for (const g of dataset.gemeenten)
    pageTime.set(
      `/gemeenten/${g.slug}/`,
      latest(perGemeente.get(g.cbs_code) ?? null, content(`content/gemeenten/${g.slug}.mdx`)),
    );
  for (const b of dataset.besluiten)
    pageTime.set(
      `/besluiten/${b.id}/`,
      latest(rowTime(times, 'besluiten', b), content(`content/besluiten/${b.id}.mdx`)),
    );
  const fallback = dataVersion().date;
  const xml = ADDRESS.base
    ? sitemapXml(listed.map((path) => ({ url: ADDRESS.absolute(path)!, lastmod: pageTime.get(path) ?? fallback })))
    : sitemapXml(
        [],
        `${PREVIEW_LABEL}. Een sitemap bevat alleen volledige webadressen; bouw met SITE_URL voor een sitemap met alle ${listed.length} pagina's.`,
      );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}) satisfies APIRoute;
