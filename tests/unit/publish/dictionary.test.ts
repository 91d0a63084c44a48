import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { dictionary, readableDictionary } from '../../../src/publish/dictionary';
import { allesColumns } from '../../../src/publish/alles';
import { columnsOf } from '../../../src/data/schemas/tables';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));

describe('dictionary', () => {
  test('has one line per column, in file order, with a description', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const entries = dictionary('bestedingen', dataset);
    expect(entries.map((e) => e.name)).toEqual(columnsOf('bestedingen'));
    expect(entries.every((e) => e.description.length > 5)).toBe(true);
  });

  test('takes the example from the first filled-in cell of the data, as written in the file', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const entries = dictionary('bestedingen', dataset);
    // First row of tests/fixtures/valid/bestedingen.csv.
    expect(entries.find((e) => e.name === 'bedrag_eur')!.example).toBe('2932000');
    expect(entries.find((e) => e.name === 'id')!.example).toBe('best-testdorp-team');
    const bronnen = dictionary('bronnen', dataset);
    expect(['ja', 'nee']).toContain(bronnen.find((e) => e.name === 'primair')!.example);
  });

  test('lists the allowed values of a vocabulary column and what a reference points at', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const entries = dictionary('bestedingen', dataset);
    expect(entries.find((e) => e.name === 'fase')!.allowed).toBe(
      'gepland, begroot, besteed, onderbesteed, vrijgevallen',
    );
    expect(entries.find((e) => e.name === 'bron')!.allowed).toBe('een id uit bronnen.csv');
    expect(entries.find((e) => e.name === 'jaar_van')!.type).toBe('jaartal');
  });
});

describe('readableDictionary', () => {
  test('describes every column alles.csv adds to the tables, with a real example', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const entries = readableDictionary(dataset);
    const added = allesColumns().filter((column) => column !== 'tabel' && !columnsOfAny(column));
    expect(entries.map((e) => e.name)).toEqual(added);
    expect(entries.find((e) => e.name === 'gemeente')!.example).toBe(dataset.gemeenten[0].naam);
    expect(entries.find((e) => e.name === 'bron_titel')!.example).toBe(dataset.bronnen[0].titel);
    expect(entries.every((e) => e.description.length > 20 && e.example !== null)).toBe(true);
  });
});

/** Whether a column is in some table of data/. */
function columnsOfAny(column: string): boolean {
  return (
    [
      'rijksmiddelen',
      'toekenningen',
      'bestedingen',
      'verschuivingen',
      'besluiten',
      'resultaten',
      'vermeldingen',
    ] as const
  ).some((table) => columnsOf(table).includes(column));
}
