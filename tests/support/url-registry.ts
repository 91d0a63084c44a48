import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A registered URL that the built site no longer serves properly. */
export interface RegistryProblem {
  path: string;
  reason: string;
}

/** The URL paths in a registry file: one per line; blank lines and lines starting with # are skipped. */
export function parseRegistry(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The file in the build output that serves a URL path ("/a/" → "a/index.html", "/feed.xml" → "feed.xml"). */
export function builtFileFor(path: string): string {
  const clean = path.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The target of an Astro redirect page (meta refresh), or null when the file is not one. */
export function redirectTarget(html: string): string | null {
  const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)">/.exec(html);
  return refresh && /<link rel="canonical" href="[^"]+">/.test(html) ? refresh[1] : null;
}

/**
 * Checks every registered path against a build output folder: it must be built, or be listed in
 * `redirects` with a built redirect page (refresh plus canonical) that leads to a built page.
 */
export function checkRegistry(paths: string[], outDir: string, redirects: Record<string, string>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const built = (path: string) => existsSync(join(outDir, builtFileFor(path)));
  for (const path of paths) {
    if (!path.startsWith('/')) {
      problems.push({ path, reason: 'is not a site path (must start with /)' });
      continue;
    }
    const target = redirects[path];
    if (target === undefined) {
      if (!built(path))
        problems.push({ path, reason: 'is no longer built and has no redirect: add one to src/publish/redirects.ts' });
      continue;
    }
    if (!built(path)) {
      problems.push({ path, reason: `has a redirect to ${target}, but the build did not emit a redirect page` });
      continue;
    }
    const emitted = redirectTarget(readFileSync(join(outDir, builtFileFor(path)), 'utf8'));
    if (emitted !== target)
      problems.push({ path, reason: `redirect page leads to ${emitted ?? 'nothing'}, expected ${target}` });
    else if (!built(target)) problems.push({ path, reason: `redirects to ${target}, which is not built` });
  }
  return problems;
}

/**
 * Every published URL path in a build output folder: HTML pages (not the 404 page, not redirect
 * pages) and the feed, sitemap and robots.txt. Share images, search index and assets are derived
 * files, not addresses people cite, so they are left out.
 */
export function publishedPaths(outDir: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind', 'og'].includes(entry.name) || prefix !== '/')
          walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name === 'index.html') {
        if (redirectTarget(readFileSync(join(dir, entry.name), 'utf8')) === null) paths.push(prefix);
      } else if (prefix === '/' && ['feed.xml', 'sitemap.xml', 'robots.txt'].includes(entry.name))
        paths.push(`/${entry.name}`);
    }
  };
  walk(outDir, '/');
  return paths.sort();
}
