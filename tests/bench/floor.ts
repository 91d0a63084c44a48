// The yardstick of the bench: an Astro build of as many trivial pages and files as the site writes,
// and as many bytes.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, tempDir } from './build.ts';

/**
 * A bare Astro project that builds `pages` trivial pages, and trivial text files up to `files`
 * outputs in all, together about `bytes` bytes (each output padded to its share): the cost of
 * Astro itself for writing what the site writes (a page here comes with downloads and images).
 */
export function floorProject(pages: number, files = pages, bytes = 0): string {
  // Each output's share of the bytes, less what its trivial text already takes.
  const pad = Math.max(0, Math.round(bytes / Math.max(1, files)) - 160);
  const dir = tempDir('pok-bench-floor-');
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/f'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.POK_OUT_DIR, cacheDir: process.env.POK_CACHE_DIR, build: { format: 'directory' } });\n",
  );
  writeFileSync(
    join(dir, 'src/pages/p/[n].astro'),
    [
      '---',
      `export function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }`,
      'const { n } = Astro.params;',
      `const padding = 'x'.repeat(${pad});`,
      '---',
      '<html lang="nl"><head><meta charset="utf-8" /><title>Pagina {n}</title></head><body><h1>Pagina {n}</h1><p>Een eenvoudige pagina.</p><p>{padding}</p></body></html>',
      '',
    ].join('\n'),
  );
  if (files > pages) {
    writeFileSync(
      join(dir, 'src/pages/f/[n].txt.ts'),
      [
        `export function getStaticPaths() { return Array.from({ length: ${files - pages} }, (_, n) => ({ params: { n: String(n) } })); }`,
        `const padding = 'x'.repeat(${pad});`,
        'export const GET = ({ params }) => new Response(`Bestand ${params.n}\\n${padding}\\n`);',
        '',
      ].join('\n'),
    );
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
