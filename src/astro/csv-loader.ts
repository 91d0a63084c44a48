import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadDataset } from '../data/load-dataset';
import type { Dataset } from '../data/load-dataset';
import { TABLES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';

// All tables are validated together (references cross files), once per build.
let pending: Promise<Dataset> | null = null;

function dataset(root: URL): Promise<Dataset> {
  pending ??= loadDataset(fileURLToPath(new URL('data/', root)));
  return pending;
}

/**
 * Content loader for one table of data/. Unlike Astro's file() loader it never swallows an
 * error: any invalid row in any file throws, listing every problem with file, line and column,
 * and the build stops.
 */
export function csvTableLoader(table: TableName): Loader {
  return {
    name: `csv-${table}`,
    load: async ({ config, store, generateDigest, watcher }) => {
      const sync = async () => {
        const rows = (await dataset(config.root))[table] as Record<string, unknown>[];
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
        pending = null;
        await sync();
      });
    },
  };
}
