import type { APIRoute } from 'astro';
import { siteModel } from '../../astro/queries';
import { datasetInFileOrder } from '../../astro/queries';
import { knownRows } from '../../contribute/known-rows';

/** The gemeenten and taken ids that the /meedoen/ checker checks references and unique ids against. */
export const GET = (async () => {
  await siteModel(); // fails the build on narratives without data, like every other page
  return new Response(JSON.stringify(knownRows(await datasetInFileOrder())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
