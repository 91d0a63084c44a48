import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { TABLES, TABLE_NAMES } from '../data/schemas/tables';
import { checkedSiteInput, forgetSiteInput } from './site-input';

/**
 * Content loader of data/. Unlike Astro's file() loader it never swallows an error: any invalid
 * row in any file (or any problem in a narrative of content/) throws, listing every problem with
 * file, line and column, and the build stops. Its one entry holds where the checked dataset is
 * stored and its key, not the rows: those are kept beside Astro's data store (src/data/site-input-cache.ts), so the
 * store Astro bundles into the site stays small, and the site model reads them by this key.
 */
export function dataLoader(): Loader {
  return {
    name: 'pok-data',
    load: async ({ config, store, watcher }) => {
      const sync = async () => {
        const { folder, key } = await checkedSiteInput(config);
        store.clear();
        store.set({ id: 'input', data: { folder, key }, digest: key });
      };
      await sync();
      const data = fileURLToPath(new URL('data/', config.root));
      for (const table of TABLE_NAMES)
        watcher?.add(fileURLToPath(new URL(TABLES[table].file, new URL('data/', config.root))));
      watcher?.on('change', async (changed) => {
        if (!changed.startsWith(data)) return;
        forgetSiteInput();
        await sync();
      });
    },
  };
}
