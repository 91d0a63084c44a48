/** What a citation needs; all of it comes from the page and the site configuration. */
export interface CitationParts {
  /** The page's own title, e.g. "Amstelveen" or a decision's summary. */
  title: string;
  siteName: string;
  publisher: string;
  /** The page's permanent URL. */
  url: string;
  /** Data version label, e.g. "2026-11-23 (a1b2c3d)". */
  version: string;
  /** Date consulted as Dutch text ("23 november 2026"), or a placeholder when it is not known. */
  consulted: string;
}

/** Placeholder for the date consulted when no script fills in today's date. */
export const CONSULTED_PLACEHOLDER = '[datum van raadplegen]';

/** The full citation in Dutch: publisher, title, site, URL, data version and date consulted. */
export function fullCitation(c: CitationParts): string {
  return `${c.publisher}, ‘${c.title}’, ${c.siteName}, ${c.url} (dataversie ${c.version}, geraadpleegd op ${c.consulted}).`;
}

/** The short form for a motion or a newspaper: site, URL and data version. */
export function shortCitation(c: CitationParts): string {
  return `Bron: ${c.siteName} (${c.url}), dataversie ${c.version}.`;
}

/** What a citation of the whole dataset needs. */
export interface DatasetCitationParts {
  siteName: string;
  publisher: string;
  /** The dataset's home page (/data/), or the path with the preview label. */
  url: string;
  version: string;
  licence: string;
}

/** How to cite the dataset, in Dutch (for /data/) or English (for /en/data/): one sentence from the same parts. */
export function datasetCitation(lang: 'nl' | 'en', c: DatasetCitationParts): string {
  return lang === 'nl'
    ? `${c.publisher}, ${c.siteName}: POK-middelen per gemeente (dataset), versie ${c.version}. ${c.url}. Licentie ${c.licence}.`
    : `${c.publisher}, ${c.siteName}: POK money per Dutch municipality (dataset), version ${c.version}. ${c.url}. Licence ${c.licence}.`;
}
