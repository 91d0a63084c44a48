import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { writeCsv } from '../../../src/format/csv';
import { seededRandom } from '../../fixtures/generator/synthetic-data';

// Pieces that trigger every quoting rule, plus plain text, so random fields hit each combination.
const PIECES = [
  'a',
  'Amstelveen',
  '2932000',
  ',',
  ';',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\uFEFF',
  ' ',
  'é',
  '€',
  "'",
  '=1+1',
  '\t',
];

function randomField(random: () => number): string | null {
  const roll = random();
  if (roll < 0.1) return null;
  if (roll < 0.2) return '';
  let text = '';
  const length = 1 + Math.floor(random() * 5);
  for (let n = 0; n < length; n += 1) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe('writeCsv', () => {
  test.each([
    [',', '\n'],
    [';', '\r\n'],
  ] as const)('writes what Papa.unparse writes, for 2 000 seeded random rows (delimiter %j)', (delimiter, newline) => {
    const random = seededRandom(20261123);
    const rows = Array.from({ length: 2000 }, () => Array.from({ length: 6 }, () => randomField(random)));
    const ours = writeCsv(rows, delimiter, newline);
    expect(ours).toBe(Papa.unparse(rows, { delimiter, newline, quotes: false }));
    // And it reads back as the same fields (null written as empty).
    const back = Papa.parse<string[]>(ours, { delimiter, newline }).data;
    expect(back).toEqual(rows.map((row) => row.map((field) => field ?? '')));
  });

  test('quotes only where needed', () => {
    expect(writeCsv([['x, y', 'zei "ja"', ' spatie', 'eind ', 'twee\nregels', 'gewoon', null, '']], ',', '\n')).toBe(
      '"x, y","zei ""ja"""," spatie","eind ","twee\nregels",gewoon,,',
    );
  });

  test('writes no line end after the last row, and nothing for no rows', () => {
    expect(writeCsv([['a'], ['b']], ',', '\n')).toBe('a\nb');
    expect(writeCsv([], ',', '\n')).toBe('');
  });
});
