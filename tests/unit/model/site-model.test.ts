import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { Dataset } from '../../../src/data/load-dataset';
import { buildSiteModel } from '../../../src/model/site-model';
import type { SiteModel } from '../../../src/model/site-model';

let dataset: Dataset;
let model: SiteModel;
beforeAll(async () => {
  // The synthetic fixture set (tests/fixtures/valid); the model on the real data: tests/data/real-data.test.ts.
  dataset = await loadDataset(fileURLToPath(new URL('../../fixtures/valid/', import.meta.url)));
  model = buildSiteModel(dataset, [], []);
});

describe('the site model', () => {
  test('stops on a narrative without a data row, naming its file and the missing key', () => {
    expect(() =>
      buildSiteModel(
        dataset,
        [{ key: 'bestaat-niet', file: 'content/besluiten/verdwaald.mdx', entry: { id: 'verdwaald' } }],
        [],
      ),
    ).toThrow(
      'content/besluiten/verdwaald.mdx:1 column besluit: "bestaat-niet" does not exist in data/besluiten.csv (column id) (rule: reference)',
    );
    expect(() =>
      buildSiteModel(dataset, [], [{ key: 'GM9999', file: 'content/gemeenten/nergens.mdx', entry: { id: 'nergens' } }]),
    ).toThrow('content/gemeenten/nergens.mdx:1 column cbs_code: "GM9999"');
  });

  test('stops on two narratives for one row, naming both files, instead of keeping the last', () => {
    const besluit = dataset.besluiten[0];
    const two = [
      { key: besluit.id, file: 'content/besluiten/eerste.mdx', entry: { id: 'eerste' } },
      { key: besluit.id, file: 'content/besluiten/tweede.mdx', entry: { id: 'tweede' } },
    ];
    expect(() => buildSiteModel(dataset, two, [])).toThrow(
      /content\/besluiten\/tweede\.mdx:1 column besluit: .*content\/besluiten\/eerste\.mdx and content\/besluiten\/tweede\.mdx .*\(rule: duplicate-narrative\)/,
    );
  });

  test('keys narratives by the row they belong to', () => {
    const besluit = dataset.besluiten[0];
    const withStory = buildSiteModel(
      dataset,
      [{ key: besluit.id, file: 'content/besluiten/verhaal.mdx', entry: { id: 'verhaal' } }],
      [],
    );
    expect(withStory.besluitVerhalen.get(besluit.id)).toEqual({ id: 'verhaal' });
    expect(withStory.besluiten.get(besluit.id)).toBe(besluit);
  });

  test('counts coverage over current gemeenten only', () => {
    const current = dataset.gemeenten.filter((g) => g.geldig_tot === null).length;
    expect(model.coverage.base).toBe(current);
    expect(Object.values(model.coverage.counts).reduce((a, b) => a + b, 0)).toBe(current);
  });

  test('lists every citation of a source once, in the table it comes from', () => {
    const cited = dataset.toekenningen[0];
    const list = model.citations.get(cited.bron) ?? [];
    expect(list.filter((c) => c.table === 'toekenningen' && c.id === cited.id)).toHaveLength(1);
    const everyRow = Object.values(dataset).reduce(
      (n, rows) => n + (rows as { bron?: string | null }[]).filter((r) => r.bron).length,
      0,
    );
    expect([...model.citations.values()].reduce((n, l) => n + l.length, 0)).toBe(everyRow);
  });
});
