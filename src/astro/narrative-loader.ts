import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { NARRATIVE_KINDS } from '../data/narratives/narrative-kinds';
import type { NarrativeKind } from '../data/narratives/narrative-kinds';
import { checkedSiteInput, forgetSiteInput } from './site-input';

/**
 * Content loader for the narratives of one kind (content/besluiten/ or content/gemeenten/).
 * Before Astro's glob loader reads a single file, every narrative is checked with the data
 * (src/data/narratives/): a violation stops the build with file, line, column and rule, before
 * any MDX is compiled, so nothing in a narrative ever runs. In `astro dev` an edit is checked
 * again and a problem is logged; the MDX guard (src/integrations/narrative-guard.ts) still keeps
 * code out of the page.
 */
export function narrativeLoader(kind: NarrativeKind): Loader {
  const folder = NARRATIVE_KINDS[kind].folder;
  const files = glob({ base: `./content/${folder}`, pattern: '**/*.mdx' });
  return {
    name: `narratives-${kind}`,
    load: async (context) => {
      await checkedSiteInput(context.config);
      await files.load(context);
      const content = fileURLToPath(new URL('content/', context.config.root));
      const recheck = (changed: string) => {
        if (!changed.startsWith(content)) return;
        forgetSiteInput();
        checkedSiteInput(context.config).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      context.watcher?.on('change', recheck);
      context.watcher?.on('add', recheck);
    },
  };
}
