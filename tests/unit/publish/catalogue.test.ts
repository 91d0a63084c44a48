import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildDataFiles } from '../../../src/publish/published-files';
import { buildCatalogue } from '../../../src/publish/catalogue';
import type { CatalogueContext } from '../../../src/publish/catalogue';
import { dcatProblems, flattenCatalogue } from './dcat-check';
import { SHAPE_SETS, describeResults, shaclResults } from './dcat-shacl';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const context: CatalogueContext = {
  version: { date: '2026-01-02', commit: 'abc1234' },
  license: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  name: 'Test',
  publisher: 'Testredactie',
  homepage: 'https://pok.example.org/data/',
  contactEmail: null,
  language: 'nl',
  base: 'https://pok.example.org',
  issued: '2025-11-20',
};

async function catalogue(overrides: Partial<CatalogueContext> = {}) {
  const dataset = await loadDataset(VALID, 'fixtures');
  const files = buildDataFiles(dataset, context);
  const extra = [
    {
      path: 'datapackage.json',
      title: 'Data package',
      description: 'Beschrijving',
      mediatype: 'application/json',
      bytes: 10,
    },
  ];
  return { files, doc: buildCatalogue(files, extra, { ...context, ...overrides }) };
}

describe('buildCatalogue, read as JSON-LD', () => {
  test('has every mandatory DCAT-AP and DCAT-AP-NL property per class, with values from the prescribed vocabularies', async () => {
    const { doc } = await catalogue();
    expect(await dcatProblems(doc)).toEqual([]);
  });

  test('catalogue, dataset, publisher and every distribution are https IRIs made from the one base', async () => {
    const nodes = await flattenCatalogue((await catalogue()).doc);
    const ids = [...nodes.keys()];
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => id.startsWith('_:'))).toEqual([]);
    for (const id of ids.filter((i) => i.includes('pok.'))) expect(id).toMatch(/^https:\/\/pok\.example\.org\//);
    const other = await flattenCatalogue((await catalogue({ base: 'https://elders.example.net' })).doc);
    expect([...other.keys()].some((id) => id.includes('pok.example.org'))).toBe(false);
  });

  test('offers every table file (CSV, Excel, JSON) and the data package, each with a download URL, format and media type', async () => {
    const { files, doc } = await catalogue();
    const nodes = await flattenCatalogue(doc);
    const distributions = [...nodes.values()].filter((n) =>
      (n['@type'] as string[] | undefined)?.includes('http://www.w3.org/ns/dcat#Distribution'),
    );
    const downloads = distributions.map(
      (d) => (d['http://www.w3.org/ns/dcat#downloadURL'] as { '@id': string }[])[0]['@id'],
    );
    const tableFiles = files.filter((f) => !f.path.startsWith('gemeenten/') && !f.path.startsWith('excel/gemeenten/'));
    expect(downloads.sort()).toEqual(
      [
        ...tableFiles.map((f) => `https://pok.example.org/data/${f.path}`),
        'https://pok.example.org/data/datapackage.json',
      ].sort(),
    );
    const excel = distributions.find((d) => JSON.stringify(d).includes('excel/alles-excel.csv'))!;
    expect(excel['http://purl.org/dc/terms/format']).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
    ]);
    expect(excel['http://www.w3.org/ns/dcat#mediaType']).toEqual([
      { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
    ]);
  });

  test('the contact point gives the e-mail address once one is configured, and never invents one', async () => {
    const without = JSON.stringify((await catalogue()).doc);
    expect(without).not.toContain('mailto:');
    const withMail = await flattenCatalogue((await catalogue({ contactEmail: 'redactie@pok.example.org' })).doc);
    const contact = [...withMail.values()].find((n) => n['http://www.w3.org/2006/vcard/ns#hasEmail']);
    expect(contact?.['http://www.w3.org/2006/vcard/ns#hasEmail']).toEqual([
      { '@id': 'mailto:redactie@pok.example.org' },
    ]);
  });

  test('the checker finds what the old catalogue missed (blank nodes, literal media types, no theme or format)', async () => {
    const old = {
      '@context': {
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        vcard: 'http://www.w3.org/2006/vcard/ns#',
      },
      '@type': 'dcat:Catalog',
      'dct:title': 'X',
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'X' },
      'dcat:dataset': {
        '@id': 'https://pok.example.org/data/',
        '@type': 'dcat:Dataset',
        'dct:title': 'X',
        'dct:description': 'X',
        'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'X' },
        'dcat:distribution': [
          {
            '@type': 'dcat:Distribution',
            'dcat:accessURL': { '@id': 'https://pok.example.org/data/' },
            'dcat:mediaType': 'text/csv',
          },
        ],
      },
    };
    const problems = (await dcatProblems(old)).join('\n');
    for (const expected of [
      'Catalog: a blank node',
      'Catalog _:b0: no http://purl.org/dc/terms/description',
      'no http://www.w3.org/ns/dcat#theme',
      'no http://purl.org/dc/terms/format',
      'mediaType {"@value":"text/csv"} is not an IRI',
      'publisher is not an IRI',
      'has no name plus e-mail or URL',
    ]) {
      expect(problems).toContain(expected);
    }
  });
});

describe('buildCatalogue against the official DCAT-AP 3.0.1 SHACL shapes', () => {
  test.each(Object.keys(SHAPE_SETS) as (keyof typeof SHAPE_SETS)[])('%s shapes: 0 violations', async (set) => {
    const results = await shaclResults((await catalogue()).doc, set);
    expect(describeResults(results.filter((r) => r.severity === 'Violation'))).toEqual([]);
  });

  test('a preview build (relative IRIs, resolved where the catalogue is served) has 0 violations too', async () => {
    const results = await shaclResults(
      (await catalogue({ base: null })).doc,
      'testbed',
      'http://127.0.0.1:4321/data/catalogus.jsonld',
    );
    expect(describeResults(results.filter((r) => r.severity === 'Violation'))).toEqual([]);
  });

  test('has the recommended properties: warnings only for what the site cannot know', async () => {
    const results = await shaclResults((await catalogue()).doc, 'testbed');
    // The publisher's type (the ADMS publisher type is not in the site's settings), and the bounding
    // box and centroid of the Netherlands, which belong to the EU country list, not to this catalogue.
    expect(
      results
        .filter((r) => r.severity === 'Warning')
        .map((r) => `${r.focus} ${r.path}`)
        .sort(),
    ).toEqual([
      'http://publications.europa.eu/resource/authority/country/NLD http://www.w3.org/ns/dcat#bbox',
      'http://publications.europa.eu/resource/authority/country/NLD http://www.w3.org/ns/dcat#centroid',
      'https://pok.example.org/over/#wie http://purl.org/dc/terms/type',
    ]);
  });

  test('names the recommended properties the issue lists, with typed values', async () => {
    const nodes = await flattenCatalogue((await catalogue()).doc);
    const DCT = 'http://purl.org/dc/terms/';
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const ofType = (type: string) =>
      [...nodes.values()].find((n) => (n['@type'] as string[] | undefined)?.includes(type))!;
    const catalog = ofType(`${DCAT}Catalog`);
    for (const property of [`${DCT}issued`, `${DCT}spatial`, `${DCAT}themeTaxonomy`, `${DCT}creator`])
      expect(catalog[property], property).toBeDefined();
    const dataset = ofType(`${DCAT}Dataset`);
    for (const property of [`${DCT}temporal`, `${DCT}conformsTo`, 'http://xmlns.com/foaf/0.1/page'])
      expect(dataset[property], property).toBeDefined();
    const distribution = ofType(`${DCAT}Distribution`);
    for (const property of ['http://data.europa.eu/r5r/availability', `${DCT}conformsTo`])
      expect(distribution[property], property).toBeDefined();
    const contact = nodes.get((catalog[`${DCAT}contactPoint`] as { '@id': string }[])[0]['@id'])!;
    expect(contact['@type']).toContain('http://www.w3.org/2006/vcard/ns#Kind');
    const licence = nodes.get((dataset[`${DCT}license`] as { '@id': string }[])[0]['@id'])!;
    expect(licence['@type']).toEqual([`${DCT}LicenseDocument`]);
  });

  test('without a full history the catalogue has no issued date rather than a made-up one', async () => {
    const nodes = await flattenCatalogue((await catalogue({ issued: null })).doc);
    expect([...nodes.values()].some((n) => n['http://purl.org/dc/terms/issued'])).toBe(false);
  });

  test('the check is real: untyped licence, media type and contact point are class violations', async () => {
    const { doc } = await catalogue();
    const graph = (doc['@graph'] as Record<string, unknown>[]).map((node) =>
      ['dct:LicenseDocument', 'dct:MediaType'].includes(node['@type'] as string)
        ? { ...node, '@type': 'rdfs:Resource' }
        : node,
    );
    const stripped = {
      ...doc,
      '@graph': graph.map((node) =>
        node['@type'] === 'dcat:Catalog'
          ? {
              ...node,
              'dcat:contactPoint': { ...(node['dcat:contactPoint'] as object), '@type': 'vcard:Organization' },
            }
          : node,
      ),
    };
    const violations = (await shaclResults(stripped, 'testbed')).filter((r) => r.severity === 'Violation');
    const paths = new Set(violations.map((r) => `${r.path} ${r.constraint}`));
    expect([...paths].sort()).toEqual([
      'http://purl.org/dc/terms/license ClassConstraintComponent',
      'http://www.w3.org/ns/dcat#contactPoint ClassConstraintComponent',
      'http://www.w3.org/ns/dcat#mediaType ClassConstraintComponent',
    ]);
  });
});
