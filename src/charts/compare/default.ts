import type { CompareInput, CompareSelection } from './input';
import { compareSpec } from './spec';
import type { ChartSpec } from '../shared/chart-spec';

/**
 * At most this many gemeenten in the default view: a chart stays readable, and the build stays
 * fast when hundreds of gemeenten have amounts (the default chart grew with every gemeente).
 */
export const DEFAULT_COMPARE_MAX = 10;

/** The compare data, the default state (gemeenten with amounts, at most DEFAULT_COMPARE_MAX, by name) and its two static charts. */
export function compareDefault({ compare }: { compare: CompareInput }): {
  state: CompareSelection;
  specs: ChartSpec[];
  withAmounts: number;
} {
  const [first, last] = compare.jaren;
  const map = new Map(Object.entries(compare.bedragen));
  const names = new Map(compare.gemeenten.map((g) => [g.slug, g.naam]));
  const withAmounts = Object.keys(compare.bedragen).sort((a, b) =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'nl'),
  );
  const state: CompareSelection = {
    gemeenten: withAmounts.slice(0, DEFAULT_COMPARE_MAX),
    maat: 'absoluut',
    van: first,
    tot: last,
  };
  const specs = (['absoluut', 'per-inwoner'] as const).map((maat) => {
    const chosen = { ...state, maat };
    const { id, file } = compareNames(chosen, true);
    return compareSpec(map, names, chosen, id, file);
  });
  return { state, specs, withAmounts: withAmounts.length };
}

/**
 * The anchor and download name of a comparison. The default choice (the static view of the page)
 * has published downloads under /grafieken/; the browser gives the same names to the same choice,
 * so its block equals the page's.
 */
export function compareNames(state: CompareSelection, isDefault: boolean): { id: string; file: string } {
  return {
    id: `vergelijking-${state.maat}`,
    file: isDefault ? `vergelijk-standaard-${state.maat}` : `vergelijk-${state.maat}-${state.van}-${state.tot}`,
  };
}
