import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts, siteModel } from '../../astro/queries';
import { standaloneSvg } from '../../charts/shared/standalone-svg';
import type { ChartSpec } from '../../charts/shared/chart-spec';

export const getStaticPaths = (async () => {
  return (await siteCharts()).all.map((spec) => ({ params: { file: spec.file }, props: { spec } }));
}) satisfies GetStaticPaths;

/** The chart as an SVG file, with its title, summary and source line drawn in. */
export const GET: APIRoute = async ({ props }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  const { bronnen } = await siteModel();
  return new Response(standaloneSvg(spec, bronnen), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
