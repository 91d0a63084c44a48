import type { APIRoute } from 'astro';
import { siteData } from '../../lib/content/queries';

/** Names and page URLs of every gemeente, for the search box's suggestions and direct jump. */
export const GET = (async () => {
  const { dataset } = await siteData();
  const entries = dataset.gemeenten
    .map((g) => ({ naam: g.naam, url: `/gemeenten/${g.slug}/` }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
