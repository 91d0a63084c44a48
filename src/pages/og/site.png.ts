import type { APIRoute } from 'astro';
import { renderShareImage } from '../../lib/links/share-image';
import { ADDRESS, SITE } from '../../site/config';
import { PREVIEW_LABEL } from '../../site/public-address';

/** The site-wide share image, for pages without data of their own: no figures, only what the site is. */
export const GET = (async () => {
  const card = {
    kicker: 'Open data over de POK-middelen',
    title: SITE.tagline,
    facts: [{ label: 'Per gemeente', value: 'geld van het Rijk, plannen, besluiten en bronnen' }],
    path: '/',
  };
  const png = await renderShareImage(card, SITE.name, ADDRESS.base ? new URL(ADDRESS.base).host : PREVIEW_LABEL);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}) satisfies APIRoute;
