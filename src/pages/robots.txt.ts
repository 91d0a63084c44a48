import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/links/robots';
import { SITE } from '../lib/site/config';

/** robots.txt: everything may be indexed; the sitemap lists every page. */
export const GET = (({ site }) => new Response(robotsTxt(new URL('/sitemap.xml', site ?? SITE.url).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })) satisfies APIRoute;
