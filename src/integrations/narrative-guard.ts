import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NARRATIVE_KINDS, NARRATIVE_KIND_NAMES } from '../data/narratives/narrative-kinds';
import { validateNarratives } from '../data/narratives/validate-narratives';
import { DataValidationError } from '../data/validate/issue';

/**
 * A second lock on narratives: every MDX file under content/ is checked (front matter, prose,
 * components; not yet against the data) right before the MDX compiler turns it into code, so an
 * import, an {expression} or an HTML element never reaches a module, also in `astro dev` after an
 * edit and in any page that imports an MDX file directly. The build checks all narratives with
 * the data first (src/astro/narrative-loader.ts); this is the same check, run per file.
 */
export default function narrativeGuard(): AstroIntegration {
  return {
    name: 'pok-narrative-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pok-narrative-guard',
                enforce: 'pre',
                load: {
                  order: 'pre',
                  filter: { id: /\.mdx(\?.*)?$/ },
                  handler(id: string) {
                    const path = relative(root, id.split('?')[0]).split('\\').join('/');
                    const kind = NARRATIVE_KIND_NAMES.find((name) =>
                      path.startsWith(`content/${NARRATIVE_KINDS[name].folder}/`),
                    );
                    if (!kind)
                      throw new Error(
                        `${path}: MDX belongs in content/besluiten/ or content/gemeenten/, where it is checked as a narrative (rule: narrative-folder)`,
                      );
                    const issues = validateNarratives(
                      [{ kind, path, bytes: new Uint8Array(readFileSync(id.split('?')[0])) }],
                      null,
                    );
                    if (issues.length > 0) throw new DataValidationError(issues);
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
