import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { FACT_TABLES, allesColumns, allesSchema, buildAlles } from '../../../src/publish/alles';
import { columnMetas } from '../../../src/publish/table-schema';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));

describe('buildAlles', () => {
  test('holds every fact row exactly once (a union, not a join)', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const rows = buildAlles(dataset);
    const expected = FACT_TABLES.reduce((sum, table) => sum + dataset[table].length, 0);
    expect(rows).toHaveLength(expected);
    const keys = rows.map((row) => `${row.tabel}/${row.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('adds the gemeente name from gemeenten.csv, and none for national money', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const rows = buildAlles(dataset);
    for (const row of rows) {
      const gemeente = dataset.gemeenten.find((g) => g.cbs_code === row.cbs_code);
      expect(row.gemeente).toBe(gemeente ? gemeente.naam : null);
    }
    expect(rows.filter((row) => row.tabel === 'rijksmiddelen').every((row) => row.cbs_code === null)).toBe(true);
  });

  test('keeps only one gemeente when asked', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const rows = buildAlles(dataset, 'GM0001');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.cbs_code === 'GM0001')).toBe(true);
  });
});

describe('allesSchema', () => {
  test('starts with tabel, id, cbs_code, gemeente and lists every column once', () => {
    const columns = allesColumns();
    expect(columns.slice(0, 4)).toEqual(['tabel', 'id', 'cbs_code', 'gemeente']);
    expect(new Set(columns).size).toBe(columns.length);
  });

  test('gives a column the type it has in the fact tables, or string where they disagree', () => {
    for (const field of allesSchema().fields.slice(4)) {
      const types = new Set(
        FACT_TABLES.flatMap((table) =>
          columnMetas(table)
            .filter((c) => c.name === field.name)
            .map((c) => c.meta.type),
        ),
      );
      expect(field.type, field.name).toBe(types.size === 1 ? [...types][0] : 'string');
    }
  });
});

describe('buildAlles rows', () => {
  test("have every column of alles, null where the row's table has no such column", async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const columns = allesColumns();
    for (const row of buildAlles(dataset)) expect(Object.keys(row)).toEqual(columns);
    const rijks = buildAlles(dataset).find((row) => row.tabel === 'rijksmiddelen')!;
    expect(rijks.maatregel).toBeNull();
  });
});

describe('alles names each source', () => {
  test('the source title, date and address follow the source id', () => {
    const columns = allesColumns();
    const bron = columns.indexOf('bron');
    expect(columns.slice(bron, bron + 4)).toEqual(['bron', 'bron_titel', 'bron_datum', 'bron_adres']);
  });

  test("each row carries its source's title, date and web address (or where to find it without one)", async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const rows = buildAlles(dataset);
    const addresses = new Set<string>();
    for (const row of rows) {
      const source = dataset.bronnen.find((b) => b.id === row.bron)!;
      expect(row.bron_titel, `${row.tabel}/${row.id}`).toBe(source.titel);
      expect(row.bron_datum).toBe(source.datum);
      expect(row.bron_adres).toBe(source.url ?? source.vindplaats);
      addresses.add(source.url === null ? 'vindplaats' : 'url');
    }
    // The fixtures hold both kinds of source, so both branches ran.
    expect([...addresses].sort()).toEqual(['url', 'vindplaats']);
  });

  test('the schema describes the added columns', () => {
    const fields = new Map(allesSchema().fields.map((f) => [f.name, f]));
    for (const name of ['gemeente', 'bron_titel', 'bron_datum', 'bron_adres'])
      expect(fields.get(name)?.description, name).toMatch(/\w{3}/);
  });
});
