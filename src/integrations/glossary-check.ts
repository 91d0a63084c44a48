import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { GLOSSARY_PATH, SECTIONS, TERMS } from '../glossary/terms';
import { glossaryAnchors, glossaryProblems } from '../glossary/check-links';

/** Every .html file under the output folder, as paths relative to it (the search index is skipped). */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/**
 * Checks the glossary against the pages Astro just wrote: every link to /begrippen/#x has a
 * definition, and every definition is linked from some page or says why not. The glossary page's
 * own links between terms do not count as use. A problem stops the build, with the page and term.
 */
export default function glossaryCheck(): AstroIntegration {
  return {
    name: 'pok-glossary-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const glossaryFile = `${GLOSSARY_PATH.slice(1)}index.html`;
        const links = new Map<string, string[]>();
        for (const file of htmlFiles(outDir)) {
          if (file === glossaryFile) continue;
          const anchors = glossaryAnchors(readFileSync(join(outDir, file), 'utf8'), GLOSSARY_PATH);
          if (anchors.length > 0) links.set(`/${file.replace(/index\.html$/, '')}`, anchors);
        }
        const problems = glossaryProblems(
          TERMS,
          SECTIONS.map((s) => s.id),
          links,
        );
        if (problems.length > 0)
          throw new Error(
            `The glossary (src/glossary/terms.ts) does not match the pages: ${problems.length} problem(s).\n${problems.join('\n')}`,
          );
        logger.info(`${TERMS.length} terms, linked from ${links.size} pages; every link has a definition.`);
      },
    },
  };
}
