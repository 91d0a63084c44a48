import type { PackageContext } from './datapackage';
import { fileDescription } from './datapackage';
import type { PublishedFile } from './published-files';
import { YEAR_MAX, YEAR_MIN } from '../site/years';
import {
  ACCESS_PUBLIC,
  AVAILABILITY_STABLE,
  COUNTRY_NLD,
  FREQUENCY_IRREGULAR,
  LANGUAGE_NLD,
  THEME_GOVERNMENT,
  THEME_SCHEME,
  fileType,
  ianaMediaType,
  licenceType,
  typedResources,
} from './catalogue-vocabulary';

export { THEME_GOVERNMENT } from './catalogue-vocabulary';

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
  /** Date of the first version of the data (the oldest commit of data/); null when the history is not known in full. */
  issued: string | null;
}

const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });

/** The IRIs and shared nodes every part of the catalogue refers to. */
function catalogueTerms(context: CatalogueContext) {
  // Without a public address (a preview build) the IRIs stay relative: JSON-LD resolves them
  // against the catalogue's own location, so they never name a made-up host.
  const iri = (path: string) => (context.base ? new URL(path, context.base).href : path);
  const text = (value: string) => ({ '@value': value, '@language': context.language });
  const resources = typedResources();
  const { use } = resources;
  const page = (path: string, title: string) => use(iri(path), 'foaf:Document', { 'dct:title': text(title) });
  const contactPoint = {
    '@id': iri('/correcties/#melden'),
    '@type': ['vcard:Kind', 'vcard:Organization'],
    'vcard:fn': context.publisher,
    'vcard:hasURL': { '@id': iri('/correcties/#melden') },
    ...(context.contactEmail ? { 'vcard:hasEmail': { '@id': `mailto:${context.contactEmail}` } } : {}),
  };
  return {
    iri,
    text,
    resources,
    page,
    landingPage: iri('/data/'),
    // The dataset is not its landing page (a foaf:Document): its own IRI, on that page.
    dataset: iri('/data/#dataset'),
    publisher: { '@id': iri('/over/#wie') },
    license: licence(resources, context.license),
    language: use(LANGUAGE_NLD, 'dct:LinguisticSystem'),
    spatial: use(COUNTRY_NLD, 'dct:Location'),
    contactPoint,
    modified: context.version.date ? { 'dct:modified': date(context.version.date) } : {},
    issued: context.issued ? { 'dct:issued': date(context.issued) } : {},
  };
}

type Terms = ReturnType<typeof catalogueTerms>;

/** The licence as a typed document, with its ADMS licence type where the licence is a known one. */
function licence(resources: ReturnType<typeof typedResources>, license: CatalogueContext['license']) {
  const type = licenceType(license.id);
  const typed = type
    ? {
        'dct:type': resources.use(type.id, 'skos:Concept', {
          'skos:prefLabel': { '@value': type.label, '@language': 'en' },
        }),
      }
    : {};
  return resources.use(license.url, 'dct:LicenseDocument', { 'dct:title': license.title, ...typed });
}
type DistributedFile = {
  path: string;
  name: string;
  title: string;
  description: string;
  mediatype: string;
  bytes: number;
  conformsTo: { '@id': string };
};

/** The schema a table file follows: its part of the data dictionary on /data/ (generated from the same schemas as the data package). */
function fileSchema(t: Terms, file: PublishedFile) {
  const anchor = file.table === 'alles' ? 'woordenboek' : `woordenboek-${file.table}`;
  const title =
    file.table === 'alles'
      ? 'Woordenboek van de open data (alle kolommen)'
      : `Woordenboek: kolommen van ${file.table}.csv`;
  return t.resources.use(t.iri(`/data/#${anchor}`), 'dct:Standard', { 'dct:title': t.text(title) });
}

function distribution(t: Terms, file: DistributedFile) {
  return {
    '@id': `${t.landingPage}#distributie-${file.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': t.text(file.title),
    'dct:description': t.text(file.description),
    'dcat:accessURL': t.page('/data/', 'Open data'),
    'dcat:downloadURL': { '@id': t.iri(`/data/${file.path}`) },
    'dct:format': t.resources.use(fileType(file.mediatype), 'dct:MediaTypeOrExtent'),
    'dcat:mediaType': t.resources.use(ianaMediaType(file.mediatype), 'dct:MediaType'),
    'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
    'dct:license': t.license,
    'dct:language': t.language,
    'dcatap:availability': t.resources.concept(AVAILABILITY_STABLE),
    'dct:conformsTo': file.conformsTo,
  };
}

function catalogNode(t: Terms, context: CatalogueContext) {
  return {
    '@id': t.iri('/data/catalogus.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': t.text(context.name),
    'dct:description': t.text(
      `Catalogus van de open data van ${context.name}: wat bekend is over de POK-middelen van het Rijk en hoe gemeenten ze besteden, met een bron bij elk gegeven.`,
    ),
    'dct:publisher': t.publisher,
    'dct:creator': t.publisher,
    'foaf:homepage': t.page('/', context.name),
    'dct:language': t.language,
    'dct:license': t.license,
    'dct:spatial': t.spatial,
    'dcat:themeTaxonomy': t.resources.use(THEME_SCHEME, 'skos:ConceptScheme', {
      'dct:title': { '@value': 'Data theme', '@language': 'en' },
    }),
    'dcat:contactPoint': t.contactPoint,
    'dcat:dataset': { '@id': t.dataset },
    ...t.issued,
    ...t.modified,
  };
}

function datasetNode(t: Terms, context: CatalogueContext, distributions: ReturnType<typeof distribution>[]) {
  return {
    '@id': t.dataset,
    '@type': 'dcat:Dataset',
    'dct:identifier': t.landingPage,
    'dct:title': t.text(`${context.name}: POK-middelen per gemeente`),
    'dct:description': t.text(
      'Geld van het Rijk, toekenningen, bestedingen, verschuivingen, besluiten en resultaten van gemeenten voor de POK-middelen (versterking dienstverlening), elk met een openbare bron.',
    ),
    'dcat:theme': t.resources.concept(THEME_GOVERNMENT, { 'skos:inScheme': { '@id': THEME_SCHEME } }),
    'dcat:keyword': ['POK-middelen', 'gemeenten', 'dienstverlening', 'gemeentefonds'].map(t.text),
    'dct:accessRights': t.resources.use(ACCESS_PUBLIC, 'dct:RightsStatement'),
    'dct:accrualPeriodicity': t.resources.use(FREQUENCY_IRREGULAR, 'dct:Frequency'),
    'dct:language': t.language,
    'dcat:landingPage': t.page('/data/', 'Open data'),
    'foaf:page': t.page('/methode/', 'Methode: hoe de gegevens verzameld en gecontroleerd worden'),
    'dct:conformsTo': t.resources.use(t.iri('/data/#woordenboek'), 'dct:Standard', {
      'dct:title': t.text('Woordenboek van de open data (alle kolommen)'),
    }),
    'dct:license': t.license,
    'dct:publisher': t.publisher,
    'dct:creator': t.publisher,
    'dcat:contactPoint': { '@id': t.contactPoint['@id'] },
    'dct:spatial': t.spatial,
    // The years the POK money covers, which every year in the data lies in (src/site/years.ts).
    'dct:temporal': {
      '@id': t.iri('/data/#periode'),
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': date(`${YEAR_MIN}-01-01`),
      'dcat:endDate': date(`${YEAR_MAX}-12-31`),
    },
    ...t.issued,
    ...t.modified,
    'dcat:distribution': distributions,
  };
}

/**
 * DCAT-AP-NL metadata (JSON-LD) for registration at data.overheid.nl: a catalogue with one dataset
 * and a distribution per table file (CSV, Excel CSV, JSON) and for the data package. Catalogue,
 * dataset, publisher and distributions are IRIs, all made from `context.base`; every other value
 * is a typed resource (see catalogue-vocabulary.ts). The contact point gives the page on reporting
 * errors and, once published, the e-mail address (never an invented one). Per-gemeente files are
 * extracts of the tables and of "alles" and are not listed one by one.
 */
export function buildCatalogue(
  files: readonly PublishedFile[],
  extra: readonly ExtraDistribution[],
  context: CatalogueContext,
): Record<string, unknown> {
  const t = catalogueTerms(context);
  const listed = files.filter((file) => !file.table.startsWith('gemeente:'));
  const spec = (url: string) => t.resources.use(url, 'dct:Standard');
  const distributions = [
    ...listed.map((file) =>
      distribution(t, {
        ...file,
        description: fileDescription(file),
        bytes: file.bytes,
        conformsTo: fileSchema(t, file),
      }),
    ),
    ...extra.map((file) =>
      distribution(t, {
        ...file,
        name: file.path.replace(/\.[a-z]+$/, ''),
        conformsTo: spec(file.conformsTo ?? t.iri('/data/#woordenboek')),
      }),
    ),
  ];
  const catalog = catalogNode(t, context);
  const dataset = datasetNode(t, context, distributions);
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dcatap: 'http://data.europa.eu/r5r/',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      catalog,
      {
        ...t.publisher,
        '@type': 'foaf:Agent',
        'foaf:name': context.publisher,
        'foaf:homepage': t.page('/over/', 'Over deze site'),
      },
      dataset,
      ...t.resources.nodes(),
    ],
  };
}
