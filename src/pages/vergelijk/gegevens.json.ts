import type { APIRoute } from 'astro';
import { siteModel } from '../../astro/queries';

/** Compact data for the compare view, loaded by the browser on demand. */
export const GET: APIRoute = async () => {
  const { compare } = await siteModel();
  return new Response(JSON.stringify(compare), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
