import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts } from '../../../astro/queries';
import { chartExcelCsv } from '../../../charts/shared/downloads';
import type { ChartSpec } from '../../../charts/shared/chart-spec';

export const getStaticPaths = (async () => {
  return (await siteCharts()).all.map((spec) => ({ params: { file: `${spec.file}-excel` }, props: { spec } }));
}) satisfies GetStaticPaths;

/** A chart's CSV for Dutch Excel: /grafieken/excel/{file}-excel.csv. */
export const GET: APIRoute = ({ props }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  return new Response(chartExcelCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
