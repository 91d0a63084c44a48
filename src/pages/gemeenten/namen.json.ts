import type { APIRoute } from 'astro';
import { siteModel } from '../../astro/queries';
import { nameEntries } from '../../search/name-entries';

/** Names, other names and page URLs of every gemeente, for the search boxes' suggestions, direct jump and results. */
export const GET = (async () => {
  const { dataset } = await siteModel();
  return new Response(JSON.stringify(nameEntries(dataset)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
