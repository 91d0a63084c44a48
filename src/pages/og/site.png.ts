import type { APIRoute } from 'astro';
import { SHARE_IMAGES } from '../../images/build-images';
import { ADDRESS, SITE } from '../../site/config';
import { PREVIEW_LABEL } from '../../site/public-address';
import { pngResponse } from './_page-card';

/** The site-wide share image, for pages without data of their own: no figures, only what the site is. */
export const GET = (async () => {
  const card = {
    kicker: 'Open data over de POK-middelen',
    title: SITE.tagline,
    facts: [{ label: 'Per gemeente', value: 'geld van het Rijk, plannen, besluiten en bronnen' }],
    path: '/',
  };
  return pngResponse(
    await SHARE_IMAGES.render(card, SITE.name, ADDRESS.base ? new URL(ADDRESS.base).host : PREVIEW_LABEL),
  );
}) satisfies APIRoute;
