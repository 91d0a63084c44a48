import { describe, expect, test } from 'vitest';
import { allocationPerInhabitant } from '../../../src/model/per-inhabitant';
import type { RowOf } from '../../../src/data/schemas/tables';

type Toekenning = RowOf<'toekenningen'>;
const row = (over: Partial<Toekenning>): Toekenning => ({
  id: 't1',
  cbs_code: 'GM0001',
  jaar_van: 2022,
  jaar_tot: null,
  jaar_tot_grens: null,
  periode_bron: null,
  per: 'jaar',
  bedrag_eur: 109_000,
  bedrag_precisie: 'exact',
  route: 'algemene uitkering',
  bron: 'b',
  citaat: 'c',
  opmerking: null,
  ...over,
});
const inwoners: RowOf<'inwoners'>[] = [
  { cbs_code: 'GM0001', jaar: 2024, inwoners: 25_000, bron: 'cbs' },
  { cbs_code: 'GM0001', jaar: 2025, inwoners: 20_000, bron: 'cbs' },
];

describe('allocationPerInhabitant', () => {
  test('divides a yearly amount by the population of the same year', () => {
    expect(allocationPerInhabitant('GM0001', 2024, [row({})], inwoners)).toMatchObject({
      perInhabitant: 4.36,
      amount: 109_000,
      inhabitants: 25_000,
      year: 2024,
    });
    expect(allocationPerInhabitant('GM0001', 2025, [row({})], inwoners)?.perInhabitant).toBe(5.45);
  });
  test('is unknown for a year without a population figure', () => {
    expect(allocationPerInhabitant('GM0001', 2026, [row({})], inwoners)).toBeNull();
  });
  test('never divides a period amount over years', () => {
    expect(allocationPerInhabitant('GM0001', 2024, [row({ per: 'totaal', jaar_tot: 2027 })], inwoners)).toBeNull();
  });
  test('is unknown when the start year is not stated', () => {
    expect(allocationPerInhabitant('GM0001', 2024, [row({ jaar_van: null, jaar_tot: 2027 })], inwoners)).toBeNull();
  });
  test('is unknown outside the stated years', () => {
    expect(allocationPerInhabitant('GM0001', 2024, [row({ jaar_van: 2025 })], inwoners)).toBeNull();
    expect(allocationPerInhabitant('GM0001', 2025, [row({ jaar_tot: 2024 })], inwoners)).toBeNull();
  });
  test('does not add two rows that cover the same year', () => {
    expect(
      allocationPerInhabitant('GM0001', 2024, [row({}), row({ id: 't2', bedrag_eur: 5_000 })], inwoners),
    ).toBeNull();
  });
  test('ignores other gemeenten and empty input', () => {
    expect(allocationPerInhabitant('GM0002', 2024, [row({})], inwoners)).toBeNull();
    expect(allocationPerInhabitant('GM0001', 2024, [], [])).toBeNull();
  });
});
