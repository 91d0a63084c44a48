import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/robots';
import { ADDRESS } from '../site/config';
import { PREVIEW_LABEL } from '../site/public-address';

/** robots.txt: everything may be indexed; the sitemap lists every page (in a release build). */
export const GET = (() =>
  new Response(robotsTxt(ADDRESS.absolute('/sitemap.xml'), `${PREVIEW_LABEL}: daarom geen sitemap`), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })) satisfies APIRoute;
