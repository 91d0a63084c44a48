import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildDataFiles } from '../../../src/publish/published-files';
import { buildCatalogue } from '../../../src/publish/catalogue';
import type { CatalogueContext } from '../../../src/publish/catalogue';
import { dcatProblems, flattenCatalogue } from './dcat-check';

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
};

async function catalogue(overrides: Partial<CatalogueContext> = {}) {
  const dataset = await loadDataset(VALID, 'fixtures');
  const files = buildDataFiles(dataset, context);
  const extra = [{ path: 'datapackage.json', title: 'Data package', description: 'Beschrijving', mediatype: 'application/json', bytes: 10 }];
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
    const distributions = [...nodes.values()].filter((n) => (n['@type'] as string[] | undefined)?.includes('http://www.w3.org/ns/dcat#Distribution'));
    const downloads = distributions.map((d) => ((d['http://www.w3.org/ns/dcat#downloadURL'] as { '@id': string }[])[0]['@id']));
    const tableFiles = files.filter((f) => !f.path.startsWith('gemeenten/') && !f.path.startsWith('excel/gemeenten/'));
    expect(downloads.sort()).toEqual([...tableFiles.map((f) => `https://pok.example.org/data/${f.path}`), 'https://pok.example.org/data/datapackage.json'].sort());
    const excel = distributions.find((d) => JSON.stringify(d).includes('excel/alles-excel.csv'))!;
    expect(excel['http://purl.org/dc/terms/format']).toEqual([{ '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' }]);
    expect(excel['http://www.w3.org/ns/dcat#mediaType']).toEqual([{ '@id': 'https://www.iana.org/assignments/media-types/text/csv' }]);
  });

  test('the contact point gives the e-mail address once one is configured, and never invents one', async () => {
    const without = JSON.stringify((await catalogue()).doc);
    expect(without).not.toContain('mailto:');
    const withMail = await flattenCatalogue((await catalogue({ contactEmail: 'redactie@pok.example.org' })).doc);
    const contact = [...withMail.values()].find((n) => n['http://www.w3.org/2006/vcard/ns#hasEmail']);
    expect(contact?.['http://www.w3.org/2006/vcard/ns#hasEmail']).toEqual([{ '@id': 'mailto:redactie@pok.example.org' }]);
  });

  test('the checker finds what the old catalogue missed (blank nodes, literal media types, no theme or format)', async () => {
    const old = {
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#' },
      '@type': 'dcat:Catalog',
      'dct:title': 'X',
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'X' },
      'dcat:dataset': {
        '@id': 'https://pok.example.org/data/',
        '@type': 'dcat:Dataset',
        'dct:title': 'X',
        'dct:description': 'X',
        'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'X' },
        'dcat:distribution': [{ '@type': 'dcat:Distribution', 'dcat:accessURL': { '@id': 'https://pok.example.org/data/' }, 'dcat:mediaType': 'text/csv' }],
      },
    };
    const problems = (await dcatProblems(old)).join('\n');
    for (const expected of ['Catalog: a blank node', 'Catalog _:b0: no http://purl.org/dc/terms/description', 'no http://www.w3.org/ns/dcat#theme', 'no http://purl.org/dc/terms/format', 'mediaType {"@value":"text/csv"} is not an IRI', 'publisher is not an IRI', 'has no name plus e-mail or URL']) {
      expect(problems).toContain(expected);
    }
  });
});
