import { describe, expect, test } from 'vitest';
import { compareQuery, parseCompareQuery } from '../../../src/lib/charts/compare-state';
import type { CompareState } from '../../../src/lib/charts/compare-state';
import { compareItem, compareLanes, compareRows, formatPerInhabitant } from '../../../src/lib/charts/compare-lanes';
import type { CompareGemeente, CompareItem } from '../../../src/lib/charts/compare-lanes';
import { compareSpec } from '../../../src/lib/charts/compare-spec';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const known = new Set(['amstelveen', 'diemen', 'aalsmeer']);
const fallback: CompareState = { gemeenten: ['amstelveen'], maat: 'absoluut', van: 2021, tot: 2027 };

describe('parseCompareQuery', () => {
  test('reads gemeenten, measure and years from the query string', () => {
    expect(parseCompareQuery('?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027', known, fallback, 2021, 2027)).toEqual({ gemeenten: ['amstelveen', 'diemen', 'aalsmeer'], maat: 'per-inwoner', van: 2022, tot: 2027 });
  });
  test('an empty query string gives the default', () => {
    expect(parseCompareQuery('', known, fallback, 2021, 2027)).toEqual(fallback);
  });
  test('unknown gemeenten and duplicates are dropped, years clamped and put in order', () => {
    expect(parseCompareQuery('?gemeenten=diemen,nergens,diemen&van=2030&tot=2019', known, fallback, 2021, 2027)).toEqual({ gemeenten: ['diemen'], maat: 'absoluut', van: 2021, tot: 2027 });
  });
  test('the query string of a state reads back to the same state', () => {
    const state: CompareState = { gemeenten: ['aalsmeer', 'diemen'], maat: 'per-inwoner', van: 2023, tot: 2025 };
    expect(compareQuery(state)).toBe('?gemeenten=aalsmeer,diemen&maat=per-inwoner&van=2023&tot=2025');
    expect(parseCompareQuery(compareQuery(state), known, fallback, 2021, 2027)).toEqual(state);
  });
});

const item = (over: Partial<CompareItem>): CompareItem => ({ id: 'i', soort: 'besteding', from: 2024, to: 2026, per: 'jaar', amount: 235_000, label: '€ 235.000', kind: 'begroot', bron: 'b', ...over });
// Synthetic gemeente: 100.000 inhabitants in 2024, 200.000 in 2025, none for 2026.
const g: CompareGemeente = { slug: 'x', naam: 'X', provincie: 'P', inwoners: { '2024': 100_000, '2025': 200_000 }, items: [] };
const perInw: CompareState = { gemeenten: ['x'], maat: 'per-inwoner', van: 2021, tot: 2027 };

describe('compareItem', () => {
  test('per inhabitant uses the population of the same year, and says when there is none', () => {
    const out = compareItem(item({}), g, perInw);
    expect(Object.fromEntries(Object.entries(out.yearLabels!).map(([y, v]) => [y, nb(v)]))).toEqual({ 2024: '€ 2,35 per inw.', 2025: '€ 1,18 per inw.', 2026: 'geen inwonertal' });
  });
  test('a period amount is not divided by any population', () => {
    const out = compareItem(item({ from: 2022, to: 2027, per: 'totaal', amount: 2_932_000, label: '€ 2.932.000 in totaal' }), g, perInw);
    expect(out.label).toContain('periodebedrag, niet per inwoner');
    expect(out.yearLabels).toBeUndefined();
  });
  test('a negative amount in one year is shown per inhabitant with a minus sign', () => {
    const out = compareItem(item({ from: 2024, to: 2024, per: 'totaal', amount: -113_000 }), g, perInw);
    expect(nb(out.label)).toBe('− € 1,13 per inw.');
  });
  test('in euro the label is the amount as stated', () => {
    expect(compareItem(item({}), g, { ...perInw, maat: 'absoluut' }).label).toBe('€ 235.000');
  });
});

describe('formatPerInhabitant', () => {
  test('two decimals, Dutch style', () => {
    expect(nb(formatPerInhabitant(0.3))).toBe('€ 0,30 per inw.');
  });
});

describe('compareLanes', () => {
  test('no gemeenten chosen gives no lanes', () => {
    expect(compareLanes(new Map(), new Map(), { ...perInw, gemeenten: [] })).toEqual([]);
  });
  test('a gemeente without amounts says "geen bedragen bekend" instead of an empty axis', () => {
    const lanes = compareLanes(new Map(), new Map([['diemen', 'Diemen']]), { ...perInw, gemeenten: ['diemen'] });
    expect(lanes).toEqual([{ key: 'diemen', label: 'Diemen', items: [], note: 'geen bedragen bekend' }]);
  });
});

describe('compareRows', () => {
  test('one row per amount shown, and one row saying "geen bedragen bekend"', () => {
    const data = new Map([['x', { ...g, items: [item({})] }]]);
    const rows = compareRows(data, new Map([['x', 'X'], ['diemen', 'Diemen']]), { ...perInw, gemeenten: ['x', 'diemen'], van: 2025, tot: 2027 });
    expect(rows.map((r) => [r.gemeente, r.getoond_weergave])).toEqual([
      ['X', '2025: € 1,18 per inw.; 2026: geen inwonertal'],
      ['Diemen', 'geen bedragen bekend'],
    ]);
  });
});

describe('compareSpec', () => {
  test('the summary names the gemeenten without amounts and the years without population', () => {
    const data = new Map([['x', { ...g, items: [item({})] }]]);
    const spec = compareSpec(data, new Map([['x', 'X'], ['diemen', 'Diemen']]), { ...perInw, gemeenten: ['x', 'diemen'] }, 'v', 'v');
    expect(spec.summary).toContain('Van 1 van de 2 gekozen gemeenten zijn bedragen bekend; geen bedragen bekend van Diemen.');
    expect(spec.summary).toContain('voor 2021, 2026 en 2027 is er geen inwonertal');
  });
});
