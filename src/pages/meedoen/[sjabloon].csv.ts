import type { APIRoute, GetStaticPaths } from 'astro';
import { csvHeader, FACT_TABLES } from '../../contribute/contribution';

/** An empty file per table someone can add to, with only the header: /meedoen/sjabloon-bestedingen.csv. */
export const getStaticPaths = (() =>
  ['bronnen', ...FACT_TABLES].map((table) => ({
    params: { sjabloon: `sjabloon-${table}` },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(`${csvHeader(props.table as 'bronnen')}\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })) satisfies APIRoute;
