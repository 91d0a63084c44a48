import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildDataFiles } from '../../../src/publish/published-files';
import {
  GEMEENTE_TABLES,
  gemeenteTableExcelPath,
  gemeenteTablePath,
  readableSchema,
} from '../../../src/publish/gemeente-files';
import { frictionlessValidators } from './frictionless-check';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const context = {
  version: { date: '2026-01-02', commit: 'abc1234' },
  license: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** A fixture file as records of raw text, read here with Papa (not with the code under test). */
function fixture(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`${VALID}${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

async function files() {
  const dataset = await loadDataset(VALID, 'fixtures');
  return new Map(buildDataFiles(dataset, context).map((file) => [file.path, file]));
}

describe('per gemeente, one file per table', () => {
  test('a journalist lists every spending line of a gemeente with name, amount, years and source title from that one file', async () => {
    const published = await files();
    const sources = new Map(fixture('bronnen.csv').map((b) => [b.id, b]));
    for (const gemeente of fixture('gemeenten.csv')) {
      const file = published.get(`gemeenten/${gemeente.slug}/bestedingen.csv`);
      // No file: no spending line (checked below, as an empty list).
      const csv = file
        ? Papa.parse<Record<string, string>>(file.content, { header: true, skipEmptyLines: true }).data
        : [];
      const lines = csv.map(
        (row) => `${row.gemeente} | ${row.bedrag_eur} | ${row.jaar_van}-${row.jaar_tot} | ${row.bron_titel}`,
      );
      const expected = fixture('bestedingen.csv')
        .filter((row) => row.cbs_code === gemeente.cbs_code)
        .map(
          (row) =>
            `${gemeente.naam} | ${row.bedrag_eur} | ${row.jaar_van}-${row.jaar_tot} | ${sources.get(row.bron)!.titel}`,
        );
      expect(lines, gemeente.slug).toEqual(expected);
    }
    expect(fixture('bestedingen.csv').length).toBeGreaterThan(2);
  });

  test("each table file has only the columns of its table, plus the name and the source's title, date and address", async () => {
    const published = await files();
    for (const table of GEMEENTE_TABLES) {
      const own = Papa.parse<string[]>(readFileSync(`${VALID}${table}.csv`, 'utf8')).data[0];
      const expected = own.flatMap((c) =>
        c === 'cbs_code' ? [c, 'gemeente'] : c === 'bron' ? [c, 'bron_titel', 'bron_datum', 'bron_adres'] : [c],
      );
      const header = published.get(gemeenteTablePath('testdorp', table))!.content.split('\n')[0].split(',');
      expect(header, table).toEqual(expected);
      // The Excel variant: the same header with semicolons, after a byte-order mark.
      expect(published.get(gemeenteTableExcelPath('testdorp', table))!.content.split('\r\n')[0], table).toBe(
        `\uFEFF${expected.join(';')}`,
      );
    }
  });

  test('a gemeente has a file for each table it has rows in, and none for the others', async () => {
    const published = await files();
    let without = 0;
    for (const gemeente of fixture('gemeenten.csv')) {
      for (const table of GEMEENTE_TABLES) {
        const rows = fixture(`${table}.csv`).filter((row) => row.cbs_code === gemeente.cbs_code).length;
        expect(published.has(gemeenteTablePath(gemeente.slug, table)), `${gemeente.slug} ${table}`).toBe(rows > 0);
        expect(published.has(gemeenteTableExcelPath(gemeente.slug, table)), `${gemeente.slug} ${table}`).toBe(rows > 0);
        if (rows > 0) expect(published.get(gemeenteTablePath(gemeente.slug, table))!.rows).toBe(rows);
        else without++;
      }
    }
    expect(without).toBeGreaterThan(0);
  });

  test("the JSON per gemeente names the gemeente and each row's source", async () => {
    const published = await files();
    const json = JSON.parse(published.get('gemeenten/testdorp.json')!.content) as {
      gemeente: string;
      tabellen: Record<string, Record<string, unknown>[]>;
    };
    expect(json.gemeente).toBe('Testdorp');
    for (const row of json.tabellen.bestedingen)
      expect(row).toMatchObject({ gemeente: 'Testdorp', bron_titel: expect.any(String) });
  });

  test.each(GEMEENTE_TABLES)(
    'the schema of %s per gemeente is a valid Table Schema describing every column',
    (table) => {
      const schema = readableSchema(table);
      expect(frictionlessValidators().tableSchema(schema)).toBe(true);
      expect(schema.fields.every((field) => field.description.length > 10)).toBe(true);
    },
  );
});
