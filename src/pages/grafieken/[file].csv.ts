import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/content/queries';
import { allCharts } from '../../components/charts/all-charts';
import { toCsv } from '../../lib/charts/csv-text';
import type { ChartSpec } from '../../components/charts/chart-spec';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return allCharts(data).map((spec) => ({ params: { file: spec.file }, props: { spec } }));
}) satisfies GetStaticPaths;

/** The rows of one chart exactly as shown, as CSV (column keys as header). */
export const GET: APIRoute = ({ props }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  return new Response(toCsv(spec.columns.map((c) => c.key), spec.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
