// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import glossaryCheck from './src/integrations/glossary-check.ts';
import narrativeGuard from './src/integrations/narrative-guard.ts';
import atomicOutput from './src/integrations/atomic-output.ts';
import { SITE } from './src/site/config.ts';

export default defineConfig({
  // The public address comes from SITE_URL (src/site/config.ts); without it the build is a
  // preview and Astro gets no site, so nothing can turn a path into a made-up full address.
  site: SITE.url ?? undefined,
  trailingSlash: 'always',
  // The narrative guard before mdx(): its check runs before the MDX compiler sees a file. The
  // atomic output last: it moves the finished site into outDir after every other done hook.
  integrations: [narrativeGuard(), mdx(), glossaryCheck(), pagefind(), atomicOutput()],
  // Moved pages keep working: src/pages/[...verhuisd].astro builds a page with a refresh and a
  // canonical link at each old URL of src/publish/redirects.ts.
  i18n: {
    // Dutch is the default and has no prefix, so an English version can be added under /en/
    // later without moving any Dutch URL.
    locales: ['nl'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  // Concurrency lets share images rasterise in parallel (renderAsync); pages are pure, so order is irrelevant.
  build: { format: 'directory', concurrency: 4 },
  // Astro hashes its own scripts and styles into a Content Security Policy <meta> on every page;
  // no 'unsafe-inline' for scripts. Inline style attributes (SVG charts) are allowed on their own.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search index is WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Separate output and cache folders let parallel builds (tests, benchmarks) run side by side.
  outDir: process.env.POK_OUT_DIR ?? './dist',
  cacheDir: process.env.POK_CACHE_DIR ?? './node_modules/.astro',
  // The project root for src/root.ts: bundled modules live in <outDir>/.prerender/, where their
  // own import.meta.url no longer leads back to the tree; this file's import.meta.url does.
  vite: {
    define: { __POK_PROJECT_ROOT__: JSON.stringify(fileURLToPath(new URL('./', import.meta.url))) },
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns about each (ten lines per decision, 10,000 at national scale), burying any warning
        // that matters. Only that one is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
