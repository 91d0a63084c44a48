import { parseSiteUrl, publicAddress } from './public-address';
import { parseContactEmail, parseRepositoryUrl, requireChannel } from './report-channel';

/**
 * Who publishes the site and where: the one place for the public address, the publisher, the
 * contact address and the repository. Pages, citations, feeds, the sitemap and the data catalogue
 * read them from here. The public address, the contact address and the repository come from the
 * deployment at build time (SITE_URL, SITE_CONTACT_EMAIL, SITE_REPOSITORY_URL; see README.md, "Een
 * versie publiceren"); without SITE_URL the build is a preview with no absolute addresses, and a
 * build with SITE_URL stops unless it names a contact address or a repository.
 */
export const SITE = {
  name: 'POK in beeld',
  tagline: 'Hoe gemeenten de POK-middelen besteden',
  publisher: 'Redactie POK in beeld',
  /** Contact address for reports and contributions (SITE_CONTACT_EMAIL), or null. */
  contactEmail: parseContactEmail(process.env.SITE_CONTACT_EMAIL),
  /** Public repository of the data and code (SITE_REPOSITORY_URL), or null. */
  repositoryUrl: parseRepositoryUrl(process.env.SITE_REPOSITORY_URL),
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

requireChannel(SITE.url, SITE);

/** Full addresses of site paths, or the preview label where there is no public address. */
export const ADDRESS = publicAddress(SITE.url);
