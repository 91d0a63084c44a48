import type { APIRoute } from 'astro';
import { siteModel } from '../../astro/queries';
import { readDataDirectory } from '../../data/load-dataset';
import { TABLE_NAMES } from '../../data/schemas/tables';
import { PROJECT_ROOT } from '../../root';

/**
 * The text of every file of data/, as the build read it: the /meedoen/ checker appends the new
 * rows to these and runs the build's own validation over the result in the browser.
 */
export const GET = (async () => {
  await siteModel(); // fails the build on invalid data or narratives without data, like every other page
  const { files } = await readDataDirectory(`${PROJECT_ROOT}data`);
  const decoder = new TextDecoder();
  const tables = Object.fromEntries(TABLE_NAMES.map((table) => [table, decoder.decode(files[table])]));
  return new Response(JSON.stringify({ tables }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
