import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/content/queries';
import { gemeenteHasFacts, gemeenteShareCard } from '../../../lib/links/share-facts';
import { renderShareImage } from '../../../lib/links/share-image';
import type { GemeenteProfile } from '../../../lib/profile/gemeente-profile';
import { SITE } from '../../../lib/site/config';
import { dataVersion } from '../../../lib/site/data-version';

/** One share image per gemeente that has facts of its own; the others use the site-wide image. */
export const getStaticPaths = (async () => {
  const { profiles } = await siteData();
  return [...profiles.values()].filter(gemeenteHasFacts).map((profile) => ({ params: { slug: profile.gemeente.slug }, props: { code: profile.gemeente.cbs_code } }));
}) satisfies GetStaticPaths;

export const GET = (async ({ props, site }) => {
  const { profiles } = await siteData();
  const card = gemeenteShareCard(profiles.get(props.code) as GemeenteProfile);
  const url = new URL(card.path, site ?? SITE.url);
  const png = await renderShareImage(card, SITE.name, `${url.host}${url.pathname} · dataversie ${dataVersion().label}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}) satisfies APIRoute;
