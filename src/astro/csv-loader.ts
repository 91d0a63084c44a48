import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { TABLES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { checkedSiteInput, forgetSiteInput } from './site-input';

/**
 * Content loader for one table of data/. Unlike Astro's file() loader it never swallows an
 * error: any invalid row in any file (or any problem in a narrative of content/) throws, listing
 * every problem with file, line and column, and the build stops.
 */
export function csvTableLoader(table: TableName): Loader {
  return {
    name: `csv-${table}`,
    load: async ({ config, store, generateDigest, watcher }) => {
      const sync = async () => {
        const rows = (await checkedSiteInput(config.root))[table] as Record<string, unknown>[];
        store.clear();
        // One entry holds the whole table, in file order. An entry per row cost seconds at
        // national scale (76 000 rows, each hashed and serialised into the data store), and pages
        // always read whole tables (siteData), never one row.
        store.set({ id: table, data: { rows }, digest: generateDigest({ rows }) });
      };
      await sync();
      const file = fileURLToPath(new URL(`data/${TABLES[table].file}`, config.root));
      watcher?.add(file);
      watcher?.on('change', async (changed) => {
        if (!changed.startsWith(fileURLToPath(new URL('data/', config.root)))) return;
        forgetSiteInput();
        await sync();
      });
    },
  };
}
