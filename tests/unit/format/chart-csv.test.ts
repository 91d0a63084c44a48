import { describe, expect, test } from 'vitest';
import { toCanonicalCsv, toExcelCsv } from '../../../src/format/csv';

// Chart rows: text and numbers, '' for an empty cell, no-break spaces in labels.
describe('toCanonicalCsv of chart rows', () => {
  test('quotes cells with commas or quotes and ends with a newline', () => {
    expect(toCanonicalCsv(['a', 'b'], [{ a: 'x, y', b: 'zeg "hoi"' }])).toBe('a,b\n"x, y","zeg ""hoi"""\n');
  });
  test('empty rows give only the header', () => {
    expect(toCanonicalCsv(['a'], [])).toBe('a\n');
  });
  test('negative numbers stay numbers; formula-like text is defused', () => {
    expect(toCanonicalCsv(['a', 'b'], [{ a: -113000, b: '=SUM(A1)' }])).toBe("a,b\n-113000,'=SUM(A1)\n");
  });
});

describe('one formula rule for chart rows and data rows', () => {
  test('text that starts like a negative number is defused in both variants, a number is not', () => {
    const rows = [{ a: '-5 procent', b: -5, c: '-1,5' }];
    expect(toCanonicalCsv(['a', 'b', 'c'], rows)).toBe('a,b,c\n\'-5 procent,-5,"-1,5"\n');
    expect(toExcelCsv(['a', 'b', 'c'], rows)).toBe("\uFEFFa;b;c\r\n'-5 procent;-5;-1,5\r\n");
  });
  test('a no-break space becomes a plain space and an empty text cell is written as nothing', () => {
    expect(toCanonicalCsv(['a', 'b'], [{ a: '€\u00a0100', b: '' }])).toBe('a,b\n€ 100,\n');
  });
});
