import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCharts, siteModel } from '../../astro/queries';
import { standaloneSvg } from '../../charts/shared/standalone-svg';
import { chartPng } from '../../images/chart-png';
import { IMAGE_CACHE } from '../../images/build-images';
import type { ChartSpec } from '../../charts/shared/chart-spec';

export const getStaticPaths = (async () => {
  return (await siteCharts()).all
    .filter((spec) => spec.png)
    .map((spec) => ({ params: { file: spec.file }, props: { spec } }));
}) satisfies GetStaticPaths;

/** The same image as the SVG download, as PNG (rendered with resvg at build time, kept in the image cache). */
export const GET: APIRoute = async ({ props }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  const { bronnen } = await siteModel();
  return new Response(new Uint8Array(await chartPng(standaloneSvg(spec, bronnen), IMAGE_CACHE)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
