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
}

/**
 * DCAT-AP-NL-style metadata (JSON-LD) for registration at data.overheid.nl: one dataset with
 * title, description, publisher, contact, licence, modified date and a distribution per file.
 * Publisher and contact come from the site configuration; a missing e-mail address is left out
 * rather than invented.
 */
export function buildCatalogue(
  files: readonly PublishedFile[],
  extra: readonly ExtraDistribution[],
  context: PackageContext & { contactEmail: string | null; language: string },
): Record<string, unknown> {
  // Without a public address the IRIs stay relative: JSON-LD resolves them against the
  // catalogue's own location (/data/catalogus.jsonld), so they never name a made-up host.
  const url = (path: string) => (context.homepage ? new URL(path, context.homepage).href : path);
  const landing = context.homepage ?? './';
  const listed = files.filter((file) => !file.table.startsWith('gemeente:'));
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': context.name, '@language': context.language },
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': context.publisher },
    'dcat:dataset': {
      '@id': url('datapackage.json'),
      '@type': 'dcat:Dataset',
      'dct:identifier': url('datapackage.json'),
      'dct:title': { '@value': `${context.name}: POK-middelen per gemeente`, '@language': context.language },
      'dct:description': {
        '@value': 'Geld van het Rijk, toekenningen, bestedingen, verschuivingen, besluiten en resultaten van gemeenten voor de POK-middelen (versterking dienstverlening), elk met een openbare bron.',
        '@language': context.language,
      },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' },
      'dcat:keyword': ['POK-middelen', 'gemeenten', 'dienstverlening', 'gemeentefonds'],
      'dcat:landingPage': { '@id': landing },
      'dct:license': { '@id': context.license.url },
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': context.publisher },
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': context.publisher,
        ...(context.contactEmail ? { 'vcard:hasEmail': { '@id': `mailto:${context.contactEmail}` } } : {}),
      },
      ...(context.version.date ? { 'dct:modified': { '@value': context.version.date, '@type': 'xsd:date' } } : {}),
      'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/country/NLD' },
      'dcat:distribution': [
        ...listed.map((file) => ({
          '@type': 'dcat:Distribution',
          'dct:title': file.title,
          'dct:description': fileDescription(file),
          'dcat:accessURL': { '@id': landing },
          'dcat:downloadURL': { '@id': url(file.path) },
          'dcat:mediaType': file.mediatype,
          'dcat:byteSize': { '@value': String(Buffer.byteLength(file.content, 'utf8')), '@type': 'xsd:decimal' },
          'dct:license': { '@id': context.license.url },
        })),
        ...extra.map((file) => ({
          '@type': 'dcat:Distribution',
          'dct:title': file.title,
          'dct:description': file.description,
          'dcat:accessURL': { '@id': landing },
          'dcat:downloadURL': { '@id': url(file.path) },
          'dcat:mediaType': file.mediatype,
          'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:decimal' },
          'dct:license': { '@id': context.license.url },
        })),
      ],
    },
  };
}
