import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allHtmlFiles, outDir } from './page-types';

/*
 * The link gate: every internal href, src and form action in every built page points at a file in
 * the output directory, and every #anchor at an element id on the page it points to. External
 * links are not fetched (CI has no network); they must be https.
 */

const files = allHtmlFiles();
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const html = new Map<string, string>();
const read = (file: string) => {
  if (!html.has(file)) html.set(file, readFileSync(join(outDir, file), 'utf8'));
  return html.get(file)!;
};

const idCache = new Map<string, Set<string>>();
/** Every id in a page, the targets of #anchors. */
function idsOf(file: string): Set<string> {
  if (!idCache.has(file))
    idCache.set(file, new Set([...read(file).matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1]))));
  return idCache.get(file)!;
}

/** The file a static host serves for a site path, or null when there is none. */
function fileFor(pathname: string): string | null {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  for (const candidate of candidates) {
    const full = join(outDir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/**
 * The site's own origin, from the canonical link of the home page (absolute links to it are
 * internal). A preview build's canonical link is a path; its links are resolved against a
 * reserved name that no link of the site can point at by accident.
 */
const siteOrigin = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))![1],
  'https://preview.invalid/',
).origin;

/** The URL path of a built file: index.html → /, gemeenten/x/index.html → /gemeenten/x/. */
const pathOf = (file: string) => (file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`);

interface Link {
  from: string;
  raw: string;
}

function linksOf(file: string): Link[] {
  const links: Link[] = [];
  for (const match of read(file).matchAll(/\s(href|src|action|poster)="([^"]*)"/g))
    links.push({ from: file, raw: decode(match[2]) });
  for (const match of read(file).matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const part of decode(match[1]).split(',')) links.push({ from: file, raw: part.trim().split(/\s+/)[0] });
  }
  return links;
}

describe('links and anchors in the built site', () => {
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;

  for (const file of files) {
    const base = new URL(pathOf(file), siteOrigin);
    for (const link of linksOf(file)) {
      if (/^(mailto|tel):/i.test(link.raw)) continue;
      const url = new URL(link.raw, base);
      if (url.origin !== siteOrigin) {
        if (url.protocol !== 'https:') broken.push(`${file}: ${link.raw} (not https)`);
        else external.add(url.href);
        continue;
      }
      checked += 1;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${link.raw} (no file)`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) broken.push(`${file}: ${link.raw} (no id "${id}" in ${target})`);
      }
    }
  }

  test('covers every built page', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(checked).toBeGreaterThan(files.length);
  });

  test('every internal link and #anchor resolves', () => {
    expect(broken.slice(0, 40), `${broken.length} broken`).toEqual([]);
  });

  test('ids are unique within each page, so an anchor has one target', () => {
    const duplicates = files.flatMap((file) => {
      const ids = [...read(file).matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
      return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${file}: #${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  test('external links are https (they are not fetched here)', () => {
    expect([...external].every((href) => href.startsWith('https://'))).toBe(true);
  });
});
