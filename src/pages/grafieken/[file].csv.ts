import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts } from '../../astro/queries';
import { chartCsv } from '../../charts/shared/downloads';
import type { ChartSpec } from '../../charts/shared/chart-spec';

export const getStaticPaths = (async () => {
  return (await siteCharts()).all.map((spec) => ({ params: { file: spec.file }, props: { spec } }));
}) satisfies GetStaticPaths;

/** The rows of one chart exactly as shown, as CSV (column keys as header; numbers stay numbers). */
export const GET: APIRoute = ({ props }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  return new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
