/**
 * Who publishes the site. Corrections, citations and metadata read it from here, so there is
 * one place to change. The domain is set at build time (SITE_URL); the default is the local
 * preview address, because no public domain has been chosen yet.
 */
export const SITE = {
  name: 'POK in beeld',
  tagline: 'Hoe gemeenten de POK-middelen besteden',
  publisher: 'Redactie POK in beeld',
  /** Contact address for corrections; none has been published yet. */
  contactEmail: null as string | null,
  /** Public repository of the data and code; none has been published yet. */
  repositoryUrl: null as string | null,
  url: process.env.SITE_URL ?? 'http://localhost:4321',
  /** Licence of the data under /data/ (why: see /data/#licentie). */
  license: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  },
  locale: 'nl',
} as const;
