import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../../astro/queries';
import { gemeenteHasFacts, gemeenteShareCard } from '../../../images/share-facts';
import type { GemeenteProfile } from '../../../model/profile/gemeente-profile';
import { drawPageCardsEarly, pageCardResponse } from '../_page-card';

/** One share image per gemeente that has facts of its own; the others use the site-wide image. */
export const getStaticPaths = (async () => {
  const withFacts = [...(await siteModel()).profiles.values()].filter(gemeenteHasFacts);
  drawPageCardsEarly(withFacts.map(gemeenteShareCard));
  return withFacts.map((profile) => ({
    params: { slug: profile.gemeente.slug },
    props: { code: profile.gemeente.cbs_code },
  }));
}) satisfies GetStaticPaths;

export const GET = (async ({ props }) => {
  const { profiles } = await siteModel();
  return pageCardResponse(gemeenteShareCard(profiles.get(props.code) as GemeenteProfile));
}) satisfies APIRoute;
