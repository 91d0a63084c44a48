import { describe, expect, test } from 'vitest';
import { toJsonFile } from '../../../src/publish/json-file';
import type { JsonHeader } from '../../../src/publish/json-file';

const header: JsonHeader = {
  titel: 'Bestedingen',
  dataversie: { datum: '2026-12-01', commit: 'abc1234' },
  licentie: { naam: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  beschrijving: 'Velden en betekenis: datapackage.json.',
};
const rows = [
  { id: 'a', bedrag_eur: 2932000, primair: true, opmerking: null, citaat: 'regel 1, "met" komma\nen regel 2' },
  { id: 'b', bedrag_eur: 0, primair: false, opmerking: 'één', citaat: '' },
];

describe('JSON downloads', () => {
  test('hold the header and the rows with their types, and end with a newline', () => {
    const text = toJsonFile(header, { rijen: rows });
    expect(JSON.parse(text)).toEqual({ ...header, rijen: rows });
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('put each row on a line of its own, so a row can be found with grep', () => {
    const lines = toJsonFile(header, { rijen: rows }).split('\n');
    expect(lines.filter((line) => line.startsWith('{"id":'))).toHaveLength(2);
    expect(
      lines
        .map((line) => line.replace(/,$/, ''))
        .filter((line) => line.startsWith('{"id":'))
        .map((line) => JSON.parse(line)),
    ).toEqual(rows);
  });

  test('per-gemeente files keep their rows per table, an empty table as []', () => {
    const text = toJsonFile(header, { cbs_code: 'GM0362', tabellen: { bestedingen: rows, resultaten: [] } });
    expect(JSON.parse(text)).toEqual({
      ...header,
      cbs_code: 'GM0362',
      tabellen: { bestedingen: rows, resultaten: [] },
    });
  });
});
