import { fileURLToPath } from 'node:url';

// Set by astro.config.mjs (Vite `define`) from the config file's own import.meta.url: in the site
// build Vite bundles every module into <outDir>/.prerender/chunks/, so this module's
// import.meta.url then points into the output folder (which may be outside the tree), not src/.
declare const __POK_PROJECT_ROOT__: string | undefined;

/**
 * The project root (the folder with package.json and data/), with a trailing slash. Found from
 * the module graph, never from the working directory, so a build or test runs from anywhere.
 */
export const PROJECT_ROOT: string =
  typeof __POK_PROJECT_ROOT__ === 'string' ? __POK_PROJECT_ROOT__ : fileURLToPath(new URL('../', import.meta.url));
