import type { PackageContext } from './datapackage';
import { fileDescription } from './datapackage';
import type { PublishedFile } from './published-files';

/** A file outside the table list that the catalogue also offers (the data package itself). */
export interface ExtraDistribution {
  path: string;
  title: string;
  description: string;
  mediatype: string;
  bytes: number;
  /** The specification the file follows, if any. */
  conformsTo?: string;
}

/** Who publishes and how to reach them, for the catalogue. */
export interface CatalogueContext extends PackageContext {
  contactEmail: string | null;
  language: string;
  /** The site's public address, the one base every IRI of the catalogue is made from; null in a preview build. */
  base: string | null;
}

// Controlled vocabularies DCAT-AP-NL 3.0 prescribes ("Waardelijsten"): EU Publications Office
// authority lists for theme, file type, access rights, frequency, language and country; IANA for
// media types.
const EU = 'http://publications.europa.eu/resource/authority';
/** Dataset Theme Vocabulary: "Government and public sector". */
export const THEME_GOVERNMENT = `${EU}/data-theme/GOVE`;
const FILE_TYPES: Record<string, string> = { 'text/csv': 'CSV', 'application/json': 'JSON', 'application/ld+json': 'JSON_LD' };
const fileType = (mediatype: string) => `${EU}/file-type/${FILE_TYPES[mediatype] ?? 'BIN'}`;
const ianaMediaType = (mediatype: string) => `https://www.iana.org/assignments/media-types/${mediatype}`;

/**
 * DCAT-AP-NL metadata (JSON-LD) for registration at data.overheid.nl: a catalogue with one dataset
 * and a distribution per table file (CSV, Excel CSV, JSON) and for the data package. Catalogue,
 * dataset, publisher and distributions are IRIs, all made from `context.base`; the contact point
 * gives the page on reporting errors and, once published, the e-mail address (never an invented one).
 * Per-gemeente files are extracts of "alles" and are not listed one by one.
 */
export function buildCatalogue(files: readonly PublishedFile[], extra: readonly ExtraDistribution[], context: CatalogueContext): Record<string, unknown> {
  // Without a public address (a preview build) the IRIs stay relative: JSON-LD resolves them
  // against the catalogue's own location, so they never name a made-up host.
  const iri = (path: string) => (context.base ? new URL(path, context.base).href : path);
  const text = (value: string) => ({ '@value': value, '@language': context.language });
  const landingPage = iri('/data/');
  const publisher = { '@id': iri('/over/#wie') };
  const license = { '@id': context.license.url };
  const language = { '@id': `${EU}/language/NLD` };
  const contactPoint = {
    '@id': iri('/correcties/#melden'),
    '@type': 'vcard:Organization',
    'vcard:fn': context.publisher,
    'vcard:hasURL': { '@id': iri('/correcties/#melden') },
    ...(context.contactEmail ? { 'vcard:hasEmail': { '@id': `mailto:${context.contactEmail}` } } : {}),
  };
  const distribution = (file: { path: string; name: string; title: string; description: string; mediatype: string; bytes: number; conformsTo?: string }) => ({
    '@id': `${landingPage}#distributie-${file.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': text(file.title),
    'dct:description': text(file.description),
    'dcat:accessURL': { '@id': landingPage },
    'dcat:downloadURL': { '@id': iri(`/data/${file.path}`) },
    'dct:format': { '@id': fileType(file.mediatype) },
    'dcat:mediaType': { '@id': ianaMediaType(file.mediatype) },
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'dct:license': license,
    'dct:language': language,
    ...(file.conformsTo ? { 'dct:conformsTo': { '@id': file.conformsTo } } : {}),
  });
  const listed = files.filter((file) => !file.table.startsWith('gemeente:'));
  const modified = context.version.date ? { 'dct:modified': { '@value': context.version.date, '@type': 'xsd:date' } } : {};
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      {
        '@id': iri('/data/catalogus.jsonld'),
        '@type': 'dcat:Catalog',
        'dct:title': text(context.name),
        'dct:description': text(`Catalogus van de open data van ${context.name}: wat bekend is over de POK-middelen van het Rijk en hoe gemeenten ze besteden, met een bron bij elk gegeven.`),
        'dct:publisher': publisher,
        'foaf:homepage': { '@id': iri('/') },
        'dct:language': language,
        'dct:license': license,
        'dcat:contactPoint': contactPoint,
        'dcat:dataset': { '@id': landingPage },
        ...modified,
      },
      { ...publisher, '@type': 'foaf:Agent', 'foaf:name': context.publisher, 'foaf:homepage': { '@id': iri('/over/') } },
      {
        '@id': landingPage,
        '@type': 'dcat:Dataset',
        'dct:identifier': landingPage,
        'dct:title': text(`${context.name}: POK-middelen per gemeente`),
        'dct:description': text(
          'Geld van het Rijk, toekenningen, bestedingen, verschuivingen, besluiten en resultaten van gemeenten voor de POK-middelen (versterking dienstverlening), elk met een openbare bron.',
        ),
        'dcat:theme': { '@id': THEME_GOVERNMENT },
        'dcat:keyword': ['POK-middelen', 'gemeenten', 'dienstverlening', 'gemeentefonds'].map(text),
        'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
        'dct:accrualPeriodicity': { '@id': `${EU}/frequency/IRREG` },
        'dct:language': language,
        'dcat:landingPage': { '@id': landingPage },
        'dct:license': license,
        'dct:publisher': publisher,
        'dct:creator': publisher,
        'dcat:contactPoint': { '@id': contactPoint['@id'] },
        'dct:spatial': { '@id': `${EU}/country/NLD` },
        ...modified,
        'dcat:distribution': [
          ...listed.map((file) => distribution({ ...file, description: fileDescription(file), bytes: Buffer.byteLength(file.content, 'utf8') })),
          ...extra.map((file) => distribution({ ...file, name: file.path.replace(/\.[a-z]+$/, '') })),
        ],
      },
    ],
  };
}
