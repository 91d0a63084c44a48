import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ for the whole run; fails loudly when the site was not built. */
export default async function setup(project: TestProject) {
  const dist = process.env.POK_OUT_DIR
    ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/`
    : fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`))
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
