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

/** The IRIs and shared nodes every part of the catalogue refers to. */
function catalogueTerms(context: CatalogueContext) {
  // Without a public address (a preview build) the IRIs stay relative: JSON-LD resolves them
  // against the catalogue's own location, so they never name a made-up host.
  const iri = (path: string) => (context.base ? new URL(path, context.base).href : path);
  const text = (value: string) => ({ '@value': value, '@language': context.language });
  const contactPoint = {
    '@id': iri('/correcties/#melden'),
    '@type': 'vcard:Organization',
    'vcard:fn': context.publisher,
    'vcard:hasURL': { '@id': iri('/correcties/#melden') },
    ...(context.contactEmail ? { 'vcard:hasEmail': { '@id': `mailto:${context.contactEmail}` } } : {}),
  };
  const modified = context.version.date ? { 'dct:modified': { '@value': context.version.date, '@type': 'xsd:date' } } : {};
  return { iri, text, landingPage: iri('/data/'), publisher: { '@id': iri('/over/#wie') }, license: { '@id': context.license.url }, language: { '@id': `${EU}/language/NLD` }, contactPoint, modified };
}

type Terms = ReturnType<typeof catalogueTerms>;
type DistributedFile = { path: string; name: string; title: string; description: string; mediatype: string; bytes: number; conformsTo?: string };

function distribution(t: Terms, file: DistributedFile) {
  return {
    '@id': `${t.landingPage}#distributie-${file.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': t.text(file.title),
    'dct:description': t.text(file.description),
    'dcat:accessURL': { '@id': t.landingPage },
    'dcat:downloadURL': { '@id': t.iri(`/data/${file.path}`) },
    'dct:format': { '@id': fileType(file.mediatype) },
    'dcat:mediaType': { '@id': ianaMediaType(file.mediatype) },
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'dct:license': t.license,
    'dct:language': t.language,
    ...(file.conformsTo ? { 'dct:conformsTo': { '@id': file.conformsTo } } : {}),
  };
}

function catalogNode(t: Terms, context: CatalogueContext) {
  return {
    '@id': t.iri('/data/catalogus.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': t.text(context.name),
    'dct:description': t.text(`Catalogus van de open data van ${context.name}: wat bekend is over de POK-middelen van het Rijk en hoe gemeenten ze besteden, met een bron bij elk gegeven.`),
    'dct:publisher': t.publisher,
    'foaf:homepage': { '@id': t.iri('/') },
    'dct:language': t.language,
    'dct:license': t.license,
    'dcat:contactPoint': t.contactPoint,
    'dcat:dataset': { '@id': t.landingPage },
    ...t.modified,
  };
}

function datasetNode(t: Terms, context: CatalogueContext, distributions: ReturnType<typeof distribution>[]) {
  return {
    '@id': t.landingPage,
    '@type': 'dcat:Dataset',
    'dct:identifier': t.landingPage,
    'dct:title': t.text(`${context.name}: POK-middelen per gemeente`),
    'dct:description': t.text(
      'Geld van het Rijk, toekenningen, bestedingen, verschuivingen, besluiten en resultaten van gemeenten voor de POK-middelen (versterking dienstverlening), elk met een openbare bron.',
    ),
    'dcat:theme': { '@id': THEME_GOVERNMENT },
    'dcat:keyword': ['POK-middelen', 'gemeenten', 'dienstverlening', 'gemeentefonds'].map(t.text),
    'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/IRREG` },
    'dct:language': t.language,
    'dcat:landingPage': { '@id': t.landingPage },
    'dct:license': t.license,
    'dct:publisher': t.publisher,
    'dct:creator': t.publisher,
    'dcat:contactPoint': { '@id': t.contactPoint['@id'] },
    'dct:spatial': { '@id': `${EU}/country/NLD` },
    ...t.modified,
    'dcat:distribution': distributions,
  };
}

/**
 * DCAT-AP-NL metadata (JSON-LD) for registration at data.overheid.nl: a catalogue with one dataset
 * and a distribution per table file (CSV, Excel CSV, JSON) and for the data package. Catalogue,
 * dataset, publisher and distributions are IRIs, all made from `context.base`; the contact point
 * gives the page on reporting errors and, once published, the e-mail address (never an invented one).
 * Per-gemeente files are extracts of "alles" and are not listed one by one.
 */
export function buildCatalogue(files: readonly PublishedFile[], extra: readonly ExtraDistribution[], context: CatalogueContext): Record<string, unknown> {
  const t = catalogueTerms(context);
  const listed = files.filter((file) => !file.table.startsWith('gemeente:'));
  const distributions = [
    ...listed.map((file) => distribution(t, { ...file, description: fileDescription(file), bytes: Buffer.byteLength(file.content, 'utf8') })),
    ...extra.map((file) => distribution(t, { ...file, name: file.path.replace(/\.[a-z]+$/, '') })),
  ];
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      catalogNode(t, context),
      { ...t.publisher, '@type': 'foaf:Agent', 'foaf:name': context.publisher, 'foaf:homepage': { '@id': t.iri('/over/') } },
      datasetNode(t, context, distributions),
    ],
  };
}
