/**
 * The site's public address. It is set once, at build time, by SITE_URL (for example
 * `SITE_URL=https://pokinbeeld.nl`). A build without it is a preview: it writes no absolute
 * address anywhere (a made-up or local address would send readers of a citation, a feed or a
 * printed page to a dead end), links within the site stay relative, and where a full address is
 * required the page says plainly that it is a preview.
 */

/** Shown wherever a full address would stand in a preview build. */
export const PREVIEW_LABEL = 'voorbeeldversie: nog geen openbaar adres';

const LOCAL_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$|\.local$/i;

/**
 * Reads SITE_URL: empty or missing means a preview (null). Anything else must be a public https
 * origin without path, query or credentials, or the build stops with a message that says why.
 */
export function parseSiteUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL "${text}" is not a web address; write the public address, e.g. https://pokinbeeld.nl`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`SITE_URL "${text}" must start with https:// (the public address of the site)`);
  if (LOCAL_HOST.test(url.hostname))
    throw new Error(`SITE_URL "${text}" is a local address; leave SITE_URL empty for a preview build`);
  if (url.username || url.password) throw new Error(`SITE_URL "${text}" must not contain a user name or password`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL "${text}" must be the address of the site itself, without a path (e.g. https://pokinbeeld.nl)`,
    );
  return `${url.origin}/`;
}

/** Resolves a site path ("/gemeenten/diemen/#besluiten") into full addresses, or says it cannot. */
export interface PublicAddress {
  /** The public origin with a trailing slash, or null for a preview build. */
  readonly base: string | null;
  /** The full address of a site path, or null in a preview build. */
  absolute(path: string): string | null;
  /** The full address for a reader to copy or print; in a preview the path and PREVIEW_LABEL. */
  citable(path: string): string;
  /** A link in a feed or a machine-readable file: the full address, or the path itself in a preview. */
  link(path: string): string;
  /**
   * An identifier that must be an absolute IRI (an Atom id): the full address, or in a preview a
   * tag URI under the reserved name "pok-in-beeld.invalid", which can never be taken for an address.
   */
  iri(path: string): string;
}

export function publicAddress(base: string | null): PublicAddress {
  return {
    base,
    absolute: (path) => (base ? new URL(path, base).href : null),
    citable: (path) => (base ? new URL(path, base).href : `${path} (${PREVIEW_LABEL})`),
    link: (path) => (base ? new URL(path, base).href : path),
    iri: (path) => (base ? new URL(path, base).href : `tag:pok-in-beeld.invalid,2021:${path}`),
  };
}
