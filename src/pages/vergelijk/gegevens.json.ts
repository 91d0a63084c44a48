import type { APIRoute } from 'astro';
import { siteModel } from '../../astro/queries';
import { buildCompareData } from '../../model/compare-data';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';

/** Compact data for the compare view, loaded by the browser on demand. */
export const GET: APIRoute = async () => {
  const { profiles } = await siteModel();
  return new Response(JSON.stringify(buildCompareData(profiles.values(), YEAR_MIN, YEAR_MAX)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
