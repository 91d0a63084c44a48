import { describe, expect, test } from 'vitest';
import { amountInYear, layoutNationalMoney, niceTicks } from '../../../../src/charts/national-money/layout';
import type { MoneyAmount } from '../../../../src/charts/national-money/layout';

const total: MoneyAmount = { id: 'pok', label: 'totaal', from: 2021, to: 2027, per: 'jaar', amount: 150_000_000 };
const part2021: MoneyAmount = {
  id: 'gf',
  label: 'gemeentefonds',
  from: 2021,
  to: 2021,
  per: 'totaal',
  amount: 124_000_000,
};

describe('amountInYear', () => {
  test('a per-year amount applies to each year of its range', () => {
    expect(amountInYear(total, 2024)).toBe(150_000_000);
    expect(amountInYear(total, 2028)).toBeNull();
  });
  test('a total for several years has no amount in any single year', () => {
    expect(amountInYear({ ...part2021, to: 2023 }, 2022)).toBeNull();
  });
});

describe('layoutNationalMoney', () => {
  test('empty input gives no columns and no ticks', () => {
    const out = layoutNationalMoney([], 2021, 2027);
    expect(out.columns).toEqual([]);
    expect(out.ticks).toEqual([]);
  });

  test('a stated part is drawn inside its total with the rest left "onbekend"', () => {
    const out = layoutNationalMoney([{ total, parts: [part2021] }], 2021, 2027, 700, 300);
    expect(out.columns).toHaveLength(7);
    const c2021 = out.columns[0];
    // Plot height 250 px (20 to 270); 124 of 150 million is 206.67 px, the rest 43.33 px.
    expect(c2021.parts[0].height).toBeCloseTo(206.667, 2);
    expect(c2021.rest!.height).toBeCloseTo(43.333, 2);
    expect(out.columns[1].parts).toEqual([]);
    expect(out.columns[1].rest!.height).toBeCloseTo(250);
  });

  test('a part for a whole period is listed apart, not divided over years', () => {
    const period: MoneyAmount = { id: 'p', label: 'periode', from: 2022, to: 2023, per: 'totaal', amount: 10 };
    const out = layoutNationalMoney([{ total, parts: [period] }], 2021, 2027);
    expect(out.periodParts.map((p) => p.id)).toEqual(['p']);
    expect(out.columns.every((c) => c.parts.length === 0)).toBe(true);
  });

  test('missing years: a total for 2023-2025 only gets three columns', () => {
    const out = layoutNationalMoney([{ total: { ...total, from: 2023, to: 2025 }, parts: [] }], 2021, 2027);
    expect(out.columns.map((c) => c.year)).toEqual([2023, 2024, 2025]);
  });

  test('negative amounts are not drawn but returned as not placed', () => {
    const out = layoutNationalMoney([{ total, parts: [{ ...part2021, amount: -5 }] }], 2021, 2027);
    expect(out.notPlaced.map((p) => p.amount)).toEqual([-5]);
    expect(out.columns[0].parts).toEqual([]);
  });

  test('parts above the stated total are flagged as a conflict, without a rest', () => {
    const out = layoutNationalMoney([{ total, parts: [{ ...part2021, amount: 200_000_000 }] }], 2021, 2021);
    expect(out.columns[0].conflict).toBe(true);
    expect(out.columns[0].rest).toBeNull();
  });
});

describe('niceTicks', () => {
  test('ticks for 150 million go in steps of 50 million', () => {
    expect(niceTicks(150_000_000)).toEqual([0, 50_000_000, 100_000_000, 150_000_000]);
  });
});
