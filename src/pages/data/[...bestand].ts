import type { APIRoute, GetStaticPaths } from 'astro';
import { published } from './_published';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** Every download under /data/: the table files, "alles", per gemeente, the data package and the catalogue. */
export const getStaticPaths = (async () => {
  const { files, datapackage, catalogue } = await published();
  return [
    ...files.map((file) => ({ params: { bestand: file.path }, props: { body: file.content } })),
    { params: { bestand: 'datapackage.json' }, props: { body: datapackage } },
    { params: { bestand: 'catalogus.jsonld' }, props: { body: catalogue } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const extension = String(params.bestand).split('.').pop() ?? '';
  return new Response(props.body as string, { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
};
