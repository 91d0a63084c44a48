import { describe, expect, test } from 'vitest';
import { formatAmount, formatEuro, formatNumber, formatRange } from '../../../src/format/money';
import { formatDate } from '../../../src/format/date';
import { formatPer, formatShift, formatYears } from '../../../src/format/period';

const nbsp = '\u00a0';

describe('formatEuro', () => {
  test('writes whole euros with a euro sign and Dutch thousands dots', () => {
    expect(formatEuro(2_932_000)).toBe(`€${nbsp}2.932.000`);
  });
  test('writes zero as € 0', () => {
    expect(formatEuro(0)).toBe(`€${nbsp}0`);
  });
});

describe('formatAmount', () => {
  test('says "ruim" for a minimum and "ongeveer" for a rounded amount', () => {
    expect(formatAmount(5_000_000, 'minimaal')).toBe(`ruim €${nbsp}5.000.000`);
    expect(formatAmount(460_000, 'afgerond')).toBe(`ongeveer €${nbsp}460.000`);
    expect(formatAmount(151_000, 'exact')).toBe(`€${nbsp}151.000`);
  });
});

describe('formatRange and formatNumber', () => {
  test('write a stated range and a plain count the Dutch way', () => {
    expect(formatRange(23_000_000, 25_000_000)).toBe(`€${nbsp}23.000.000 tot €${nbsp}25.000.000`);
    expect(formatNumber(95_014)).toBe('95.014');
  });
});

describe('formatDate', () => {
  test('writes a full date with the Dutch month name', () => {
    expect(formatDate('2024-05-28')).toBe('28 mei 2024');
    expect(formatDate('2022-03-15')).toBe('15 maart 2022');
  });
  test('writes a month-only date as month and year', () => {
    expect(formatDate('2024-06')).toBe('juni 2024');
  });
  test('writes a year-only date as the year', () => {
    expect(formatDate('2022')).toBe('2022');
  });
  test('does not shift a date across midnight in any time zone', () => {
    expect(formatDate('2022-12-31')).toBe('31 december 2022');
    expect(formatDate('2023-01-01')).toBe('1 januari 2023');
  });
});

describe('formatYears', () => {
  test('writes a closed range and a single year', () => {
    expect(formatYears({ jaar_van: 2022, jaar_tot: 2027 })).toBe('2022 t/m 2027');
    expect(formatYears({ jaar_van: 2022, jaar_tot: 2022 })).toBe('2022');
  });
  test('writes an open end as "vanaf"', () => {
    expect(formatYears({ jaar_van: 2022, jaar_tot: null })).toBe('vanaf 2022');
  });
  test('says the start year is not given, or quotes the source, when only the end is known', () => {
    expect(formatYears({ jaar_van: null, jaar_tot: 2027 })).toBe('t/m 2027 (beginjaar niet genoemd)');
    expect(formatYears({ jaar_van: null, jaar_tot: 2027, periode_bron: 'tot 2027' })).toBe('t/m 2027 ("tot 2027")');
  });
  test("quotes the source's words when no year is given, and says so when there are none", () => {
    expect(formatYears({ jaar_van: null, jaar_tot: null, periode_bron: 'de komende vier jaar' })).toBe(
      '"de komende vier jaar"',
    );
    expect(formatYears({ jaar_van: null, jaar_tot: null })).toBe('periode niet genoemd');
  });
});

describe('formatPer', () => {
  test('names per year and total, and nothing when unknown', () => {
    expect(formatPer('jaar')).toBe('per jaar');
    expect(formatPer('totaal')).toBe('in totaal');
    expect(formatPer(null)).toBe('');
  });
});

describe('formatShift', () => {
  test('names both years, and says when the quote names a year not (never "null")', () => {
    expect(formatShift({ van_jaar: 2022, naar_jaar: 2023 })).toBe('van 2022 naar 2023');
    expect(formatShift({ van_jaar: 2022, naar_jaar: null })).toBe('van 2022 naar een later jaar (niet genoemd)');
    expect(formatShift({ van_jaar: null, naar_jaar: 2024 })).toBe('van een niet genoemd jaar naar 2024');
    expect(formatShift({ van_jaar: null, naar_jaar: null })).toBe('(jaren niet genoemd)');
  });
});
