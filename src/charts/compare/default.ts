import type { SiteData } from '../../astro/queries';
import { buildCompareData } from '../../model/compare-data';
import type { CompareData } from '../../model/compare-data';
import type { CompareState } from '../../model/compare-state';
import { compareSpec } from './spec';
import type { ChartSpec } from '../shared/chart-spec';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';

/**
 * At most this many gemeenten in the default view: a chart stays readable, and the build stays
 * fast when hundreds of gemeenten have amounts (the default chart grew with every gemeente).
 */
export const DEFAULT_COMPARE_MAX = 10;

/** The compare data, the default state (gemeenten with amounts, at most DEFAULT_COMPARE_MAX, by name) and its two static charts. */
export function compareDefault(data: SiteData): { compare: CompareData; state: CompareState; specs: ChartSpec[]; withAmounts: number } {
  const compare = buildCompareData(data.profiles.values(), YEAR_MIN, YEAR_MAX);
  const map = new Map(Object.entries(compare.bedragen));
  const names = new Map(compare.gemeenten.map((g) => [g.slug, g.naam]));
  const withAmounts = Object.keys(compare.bedragen).sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'nl'));
  const state: CompareState = { gemeenten: withAmounts.slice(0, DEFAULT_COMPARE_MAX), maat: 'absoluut', van: YEAR_MIN, tot: YEAR_MAX };
  const specs = [
    compareSpec(map, names, state, 'vergelijking-absoluut', 'vergelijk-standaard-absoluut'),
    compareSpec(map, names, { ...state, maat: 'per-inwoner' }, 'vergelijking-per-inwoner', 'vergelijk-standaard-per-inwoner'),
  ];
  return { compare, state, specs, withAmounts: withAmounts.length };
}
