import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../../astro/queries';
import type { Model } from '../../../astro/queries';
import { besluitShareCard } from '../../../images/share-facts';
import { drawPageCardsEarly, pageCardResponse } from '../_page-card';

/** The card of a decision: the page's title is the narrative's title when there is one, else the one-line summary. */
const cardOf = ({ besluiten, profiles, besluitVerhalen }: Model, id: string) => {
  const besluit = besluiten.get(id)!;
  return besluitShareCard(besluit, profiles.get(besluit.cbs_code)!.gemeente, besluitVerhalen.get(besluit.id)?.data.titel ?? besluit.strekking);
};

/** One share image per decision page. */
export const getStaticPaths = (async () => {
  const data = await siteModel();
  drawPageCardsEarly(data.dataset.besluiten.map((b) => cardOf(data, b.id)));
  return data.dataset.besluiten.map((b) => ({ params: { id: b.id }, props: { id: b.id } }));
}) satisfies GetStaticPaths;

export const GET = (async ({ props }) => pageCardResponse(cardOf(await siteModel(), props.id))) satisfies APIRoute;
