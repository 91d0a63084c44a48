import type { APIRoute, GetStaticPaths } from 'astro';
import { published, takeDownload } from '../../astro/queries';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** Every download under /data/: the table files, "alles", per gemeente, the data package and the catalogue. */
export const getStaticPaths = (async () => {
  const { files, datapackage, catalogue } = await published();
  return [
    // Only the path: props stay in memory for the whole build, the content is taken when the file is written.
    ...files.map((file) => ({ params: { bestand: file.path }, props: { download: file.path } })),
    { params: { bestand: 'datapackage.json' }, props: { body: datapackage } },
    { params: { bestand: 'catalogus.jsonld' }, props: { body: catalogue } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const extension = String(params.bestand).split('.').pop() ?? '';
  const body = props.download ? await takeDownload(props.download as string) : (props.body as string);
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
};
