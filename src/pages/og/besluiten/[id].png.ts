import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/content/queries';
import { besluitShareCard } from '../../../lib/links/share-facts';
import { renderShareImage } from '../../../lib/links/share-image';
import { SITE } from '../../../lib/site/config';
import { dataVersion } from '../../../lib/site/data-version';

/** One share image per decision page. */
export const getStaticPaths = (async () => {
  const { dataset } = await siteData();
  return dataset.besluiten.map((b) => ({ params: { id: b.id }, props: { id: b.id } }));
}) satisfies GetStaticPaths;

export const GET = (async ({ props, site }) => {
  const { dataset, profiles, besluitVerhalen } = await siteData();
  const besluit = dataset.besluiten.find((row) => row.id === props.id)!;
  // The page's title: the narrative's title when there is one, else the one-line summary.
  const title = besluitVerhalen.get(besluit.id)?.data.titel ?? besluit.strekking;
  const card = besluitShareCard(besluit, profiles.get(besluit.cbs_code)!.gemeente, title);
  const url = new URL(card.path, site ?? SITE.url);
  const png = await renderShareImage(card, SITE.name, `${url.host}${url.pathname} · dataversie ${dataVersion().label}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}) satisfies APIRoute;
