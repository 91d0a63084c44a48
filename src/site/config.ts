import { parseSiteUrl, publicAddress } from './public-address';

/**
 * Who publishes the site and where: the one place for the public address, the publisher, the
 * contact address and the repository. Pages, citations, feeds, the sitemap and the data catalogue
 * read them from here. The public address comes from SITE_URL at build time (see README.md,
 * "Een versie publiceren"); without it the build is a preview with no absolute addresses.
 */
export const SITE = {
  name: 'POK in beeld',
  tagline: 'Hoe gemeenten de POK-middelen besteden',
  publisher: 'Redactie POK in beeld',
  /** Contact address for corrections; none has been published yet. */
  contactEmail: null as string | null,
  /** Public repository of the data and code; none has been published yet. */
  repositoryUrl: null as string | null,
  /** The public address (https origin with a trailing slash), or null for a preview build. */
  url: parseSiteUrl(process.env.SITE_URL),
  /** Licence of the data under /data/ (why: see /data/#licentie). */
  license: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  },
  locale: 'nl',
} as const;

/** Full addresses of site paths, or the preview label where there is no public address. */
export const ADDRESS = publicAddress(SITE.url);
