import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../support/headers';
import { CONTENT_TYPES as TYPES } from '../support/content-types';

/**
 * Serves a built site the way a static host does: directory → index.html, unknown path → 404.html
 * with status 404, and the headers of the site's _headers file (as Cloudflare Pages merges them:
 * a header named by two matching rules is sent twice). Small on purpose, so the browser tests
 * need no preview server process.
 */
export function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const rules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, values] of headersFor(rules, path, 'join')) response.setHeader(name, values);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(400).end();
      return;
    }
    const candidates = path.endsWith('/') ? [join(file, 'index.html')] : [file, join(file, 'index.html')];
    for (const candidate of candidates) {
      try {
        if (!(await stat(candidate)).isFile()) continue;
        if (candidate.endsWith('index.html') && !path.endsWith('/')) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        response.writeHead(200, { 'Content-Type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
        response.end(await readFile(candidate));
        return;
      } catch {
        // try the next candidate
      }
    }
    response.writeHead(404, { 'Content-Type': TYPES['.html'] });
    response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  });
  // Keep idle connections open longer than a slow test takes between two requests: at Node's 5 s
  // the server closed a kept-alive socket just as the next fetch reused it ("other side closed").
  server.keepAliveTimeout = 120_000;
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
