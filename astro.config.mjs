// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The public domain is set at build time; the default is the local preview address.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  i18n: {
    // Dutch is the default and has no prefix, so an English version can be added under /en/
    // later without moving any Dutch URL.
    locales: ['nl'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // Separate output and cache folders let parallel builds (tests, benchmarks) run side by side.
  outDir: process.env.POK_OUT_DIR ?? './dist',
  cacheDir: process.env.POK_CACHE_DIR ?? './node_modules/.astro',
});
