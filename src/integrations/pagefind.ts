import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SearchIndexCache, searchIndexKey } from '../search/index-cache';
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
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** What Pagefind is asked to do; part of the cache key with its version. */
const OPTIONS = { forceLanguage: 'nl' } as const;
// pagefind's exports do not include its package.json; it sits one folder above lib/index.js.
const PAGEFIND_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8'),
).version;

/**
 * The code that prepares pages for Pagefind and builds the index (this file and the two it uses):
 * a change to it can change the index, so its source is part of the key. The integration runs
 * from src/ (Astro loads the config with its imports unbundled), so the files are beside it.
 */
const PREPARE_SOURCE = ['./pagefind.ts', '../search/index-text.ts', '../search/without-ignored.ts']
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
  .join('\n');

/** `<project>/.cache/search/`, or the folder POK_SEARCH_CACHE names; POK_SEARCH_CACHE=off builds the index every time. */
function searchCache(root: URL): SearchIndexCache {
  const chosen = process.env.POK_SEARCH_CACHE;
  if (chosen === 'off') return new SearchIndexCache(null);
  return new SearchIndexCache(chosen ? resolve(chosen) : fileURLToPath(new URL('.cache/search/', root)));
}

/** Each page's path and bytes as Astro wrote it, read one at a time so the pages are never all in memory. */
function* builtPages(outDir: string, paths: readonly string[]): Generator<{ path: string; html: Buffer }> {
  for (const path of paths) yield { path, html: readFileSync(join(outDir, path)) };
}

/** A page as Pagefind is given it: its HTML without the ignored parts, with spaces between blocks. */
const textToIndex = (html: Buffer) => spaceBetweenBlocks(withoutIgnored(html.toString('utf8')));

/** Builds the index of these pages into `<outDir>/pagefind/`; indexing errors throw. */
async function buildIndex(outDir: string, paths: readonly string[]) {
  const { index, errors } = await pagefind.createIndex(OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // In batches, so Pagefind is never waited on for one page at a time.
  for (let start = 0; start < paths.length; start += 50) {
    await Promise.all(
      [...builtPages(outDir, paths.slice(start, start + 50))].map(async ({ path, html }) => {
        const added = await index.addHTMLFile({ sourcePath: path, content: textToIndex(html) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The site has its own search box (src/scripts/site-search.ts); Pagefind's ready-made UIs are not used.
  for (const unused of UNUSED_FILES) rmSync(join(outDir, 'pagefind', unused), { force: true });
}

/**
 * Builds the Pagefind search index over the pages Astro just wrote, in whatever output folder
 * the build used (POK_OUT_DIR), indexing everything as Dutch. Pages mark what to index with
 * data-pagefind-body; navigation and footer sit outside it, and what a page marks
 * data-pagefind-ignore is removed before it is handed over (see without-ignored.ts). Each page is handed over with a space
 * between block elements (see index-text.ts), so words of a table or list are not glued into one.
 * Indexing errors fail the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  let cache = new SearchIndexCache(null);
  return {
    name: 'pok-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = searchCache(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const paths = htmlFiles(outDir);
        // Keyed by the pages as written, not as prepared for Pagefind: hashing bytes is quick, and
        // the preparation (index-text.ts, without-ignored.ts) is part of the key through its source.
        const key = searchIndexKey(
          JSON.stringify({ pagefind: PAGEFIND_VERSION, options: OPTIONS, prepare: PREPARE_SOURCE }),
          builtPages(outDir, paths),
        );
        const reused = cache.restore(key, join(outDir, 'pagefind'));
        if (!reused) {
          await buildIndex(outDir, paths);
          cache.store(key, join(outDir, 'pagefind'));
        }
        const size = folderSize(join(outDir, 'pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Indexed ${paths.length} pages in ${seconds} s${reused ? ' (index of an earlier build with the same pages, from the cache)' : ''}: ${size.files} files, ${size.bytes} bytes in pagefind/.`,
        );
      },
    },
  };
}
