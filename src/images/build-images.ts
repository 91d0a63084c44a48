// Build-time glue (Astro only; unit tests use the modules it wires): where the share-image
// worker and the image cache are, found through Astro's own configuration rather than the
// working directory, and the one cache and share-image pool of a build.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, srcDir } from 'astro:config/server';
import { ImageCache } from './image-cache';
import { shareImages } from './share-image';

/**
 * `<project>/.cache/images/` (git ignores .cache/), or the folder POK_IMAGE_CACHE names (the bench
 * gives each synthetic project its own); POK_IMAGE_CACHE=off draws every image.
 */
function cacheDir(): string | null {
  const chosen = process.env.POK_IMAGE_CACHE;
  if (chosen === 'off') return null;
  return chosen ? resolve(chosen) : fileURLToPath(new URL('.cache/images/', root));
}

export const IMAGE_CACHE = new ImageCache(cacheDir());

/** Node loads the worker from src/ itself (type stripping); Vite does not bundle it. */
export const SHARE_IMAGES = shareImages(new URL('images/share-image-worker.ts', srcDir), IMAGE_CACHE);
