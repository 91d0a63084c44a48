import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site the e2e run serves: $POK_OUT_DIR or dist/, always with a trailing slash. */
export const outDir = process.env.POK_OUT_DIR
  ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** One page per page type, as in DESIGN.md section 3; `file` is the HTML file the URL serves. */
export interface PageType {
  name: string;
  /** Dutch name, as the accessibility statement shows it. */
  label: string;
  path: string;
  file: string;
}

const CANDIDATES: PageType[] = [
  { name: 'home', label: 'Startpagina', path: '/', file: 'index.html' },
  { name: 'gemeenten list', label: 'Lijst van gemeenten', path: '/gemeenten/', file: 'gemeenten/index.html' },
  {
    name: 'gemeente with data',
    label: 'Gemeente met gegevens (Amstelveen)',
    path: '/gemeenten/amstelveen/',
    file: 'gemeenten/amstelveen/index.html',
  },
  {
    name: 'gemeente without data',
    label: 'Gemeente zonder gegevens (Vaals)',
    path: '/gemeenten/vaals/',
    file: 'gemeenten/vaals/index.html',
  },
  {
    name: 'request',
    label: 'Stukken opvragen (Vaals)',
    path: '/gemeenten/vaals/opvragen/',
    file: 'gemeenten/vaals/opvragen/index.html',
  },
  {
    name: 'decision',
    label: 'Besluit',
    path: '/besluiten/amstelveen-2024-05-28-ombudsman/',
    file: 'besluiten/amstelveen-2024-05-28-ombudsman/index.html',
  },
  { name: 'compare', label: 'Vergelijken', path: '/vergelijk/', file: 'vergelijk/index.html' },
  { name: 'national money', label: 'Geld van het Rijk', path: '/rijksgeld/', file: 'rijksgeld/index.html' },
  { name: 'data', label: 'Open data', path: '/data/', file: 'data/index.html' },
  { name: 'sources', label: 'Bronnen', path: '/bronnen/', file: 'bronnen/index.html' },
  {
    name: 'source',
    label: 'Bron (collegebesluit Amstelveen)',
    path: '/bronnen/amstelveen-2024-05-28-collegebesluit-ombudsman/',
    file: 'bronnen/amstelveen-2024-05-28-collegebesluit-ombudsman/index.html',
  },
  { name: 'decisions list', label: 'Lijst van besluiten', path: '/besluiten/', file: 'besluiten/index.html' },
  { name: 'about', label: 'Over deze site', path: '/over/', file: 'over/index.html' },
  { name: 'method', label: 'Methode', path: '/methode/', file: 'methode/index.html' },
  {
    name: 'accessibility statement',
    label: 'Toegankelijkheid',
    path: '/toegankelijkheid/',
    file: 'toegankelijkheid/index.html',
  },
  { name: 'search', label: 'Zoeken', path: '/zoeken/?q=amstel', file: 'zoeken/index.html' },
  { name: 'english entry', label: 'Engels: startpagina (/en/)', path: '/en/', file: 'en/index.html' },
  { name: 'english method', label: 'Engels: methode (/en/method/)', path: '/en/method/', file: 'en/method/index.html' },
  { name: 'english data', label: 'Engels: open data (/en/data/)', path: '/en/data/', file: 'en/data/index.html' },
  {
    name: 'english about',
    label: 'Engels: over deze site (/en/about/)',
    path: '/en/about/',
    file: 'en/about/index.html',
  },
  { name: 'glossary', label: 'Begrippen', path: '/begrippen/', file: 'begrippen/index.html' },
  {
    name: 'embed',
    label: 'Grafiek om in te sluiten (Amstelveen)',
    path: '/embed/amstelveen-geld-per-jaar/',
    file: 'embed/amstelveen-geld-per-jaar/index.html',
  },
  { name: 'not found', label: 'Pagina niet gevonden (404)', path: '/bestaat-niet/', file: '404.html' },
];

/** The page types that exist in the built site (compare, data, sources appear as they land). */
export const pageTypes: PageType[] = CANDIDATES.filter((page) => existsSync(join(outDir, page.file)));

/** Every page type the issue names, present or not, so a report can say which were skipped. */
export const missingPageTypes: string[] = CANDIDATES.filter((page) => !pageTypes.includes(page)).map(
  (page) => page.name,
);

/** Every .html file under the output directory, as paths relative to it. */
export function allHtmlFiles(dir: string = outDir): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.html')) found.push(relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}
