import { describe, expect, test } from 'vitest';
import { figuresIn } from '../../../../src/data/narratives/figures-in-text';

const read = (text: string) => figuresIn(text).map((f) => [f.kind, f.text, f.kind === 'amount' ? f.amount.values[0] : f.kind === 'year' ? f.year : f.iso]);

describe('figuresIn', () => {
  test('reads a Dutch date, a month, and an ISO date', () => {
    expect(read('Op 28 mei 2024 besloot het college; in april 2024 kwam de brief (2024-04-25), het plan is van 2022-03.')).toEqual([
      ['date', '28 mei 2024', '2024-05-28'],
      ['month', 'april 2024', '2024-04'],
      ['date', '2024-04-25', '2024-04-25'],
      ['month', '2022-03', '2022-03'],
    ]);
  });

  test('reads a numeric Dutch date day-month-year', () => {
    expect(read('besloten op 5-3-2022')).toEqual([['date', '5-3-2022', '2022-03-05']]);
  });

  test('reads both years of a range, and a year on its own', () => {
    expect(read('voor 2023-2027, en in 2022 al')).toEqual([
      ['year', '2023', 2023],
      ['year', '2027', 2027],
      ['year', '2022', 2022],
    ]);
  });

  test.each([
    ['€ 2.932.000', '2.932.000', 2932000],
    ['2.932.000', '2.932.000', 2932000],
    ['€ 2,9 miljoen', '2,9 miljoen', 2900000],
    ['ruim 5 miljoen', '5 miljoen', 5000000],
    ['113.000 euro', '113.000', 113000],
    ['92000', '92000', 92000],
    ['€ 500', '500', 500],
  ])('reads %s as an amount', (text, words, value) => {
    expect(read(`het ging om ${text} voor de gemeente`)).toEqual([['amount', words, value]]);
  });

  test('reads no amount in counts and percentages', () => {
    expect(read('drie redenen, 12 dagen, 2,5 procent en 4 doelen')).toEqual([]);
  });

  test('reads a year with a euro sign as an amount, not as a year', () => {
    expect(read('een bijdrage van € 2024')).toEqual([['amount', '2024', 2024]]);
  });

  test('gives each figure its position in the text', () => {
    const text = 'In 2023 kwam er € 1.000 bij.';
    for (const figure of figuresIn(text)) expect(text.slice(figure.start, figure.start + figure.text.length)).toBe(figure.text);
  });
});
