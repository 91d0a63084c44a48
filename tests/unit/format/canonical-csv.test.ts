import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { TABLES, TABLE_NAMES, columnsOf } from '../../../src/data/schemas/tables';
import { toCanonicalCsv } from '../../../src/format/csv';
import type { Row } from '../../../src/publish/cells';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));

describe('toCanonicalCsv', () => {
  test.each(TABLE_NAMES)('writes the parsed %s table back byte for byte as the fixture file', async (table) => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const source = readFileSync(`${VALID}${TABLES[table].file}`, 'utf8');
    expect(toCanonicalCsv(columnsOf(table), dataset[table] as unknown as Row[])).toBe(source);
  });

  test('quotes a cell with a comma, a quote or a leading space, and nothing else', () => {
    const text = toCanonicalCsv(['a', 'b', 'c', 'd'], [{ a: 'x, y', b: 'zei "ja"', c: ' spatie', d: 2024 }]);
    expect(text).toBe('a,b,c,d\n"x, y","zei ""ja"""," spatie",2024\n');
  });
});

describe('toCanonicalCsv of an empty table', () => {
  test('writes only the header line', () => {
    expect(toCanonicalCsv(['tabel', 'id'], [])).toBe('tabel,id\n');
  });
});
