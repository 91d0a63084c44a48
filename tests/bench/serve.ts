// A static file server that behaves like the hosts the site is meant for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../support/content-types.ts';

/**
 * Serves the built site the way a static host does (Netlify, Cloudflare Pages, GitHub Pages):
 * gzip for text when the browser accepts it, and long caching for fingerprinted files in
 * /_astro/. The e2e server skips both, which would make Lighthouse measure a host nobody uses.
 */
export function serveLikeAHost(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path));
    let target = path.endsWith('/') ? join(file, 'index.html') : file;
    let status = 200;
    try {
      if (!file.startsWith(normalize(dir))) throw new Error('outside');
      if (!statSync(target).isFile()) throw new Error('not a file');
    } catch {
      if (!path.endsWith('/') && existsSync(join(file, 'index.html'))) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      target = join(dir, '404.html');
      status = 404;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    let body = readFileSync(target);
    const headers: Record<string, string> = { 'Content-Type': type };
    if (path.startsWith('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (
      /text|json|xml|svg|javascript|wasm/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    ) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}
