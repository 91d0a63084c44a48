import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceBetweenBlocks } from '../search/index-text';
import { withoutIgnored } from '../search/without-ignored';

/** Number of files and bytes under a folder. */
function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/** Every .html file under a folder, with its path relative to that folder. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** Pagefind's own search interfaces, which this site does not load. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/**
 * Builds the Pagefind search index over the pages Astro just wrote, in whatever output folder
 * the build used (POK_OUT_DIR), indexing everything as Dutch. Pages mark what to index with
 * data-pagefind-body; navigation and footer sit outside it, and what a page marks
 * data-pagefind-ignore is removed before it is handed over (see without-ignored.ts). Each page is handed over with a space
 * between block elements (see index-text.ts), so words of a table or list are not glued into one.
 * Indexing errors fail the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pok-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const files = htmlFiles(outDir);
        // In batches: one file at a time waits on Pagefind for each, all at once holds every page in memory.
        for (let start = 0; start < files.length; start += 50) {
          await Promise.all(
            files.slice(start, start + 50).map(async (sourcePath) => {
              const added = await index.addHTMLFile({ sourcePath, content: spaceBetweenBlocks(withoutIgnored(readFileSync(join(outDir, sourcePath), 'utf8'))) });
              if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
            }),
          );
        }
        const pages = files.length;
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search box (src/scripts/site-search.ts); Pagefind's ready-made UIs are not used.
        for (const unused of UNUSED_FILES) rmSync(join(outDir, 'pagefind', unused), { force: true });
        const size = folderSize(join(outDir, 'pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${pages} pages in ${seconds} s: ${size.files} files, ${size.bytes} bytes in pagefind/.`);
      },
    },
  };
}
