import { joinNl } from '../format/summaries-nl';

/** The state of the compare view, as it lives in the query string. */
export interface CompareState {
  gemeenten: string[];
  maat: 'absoluut' | 'per-inwoner';
  van: number;
  tot: number;
}

/** Reads ?gemeenten=a,b&maat=per-inwoner&van=2022&tot=2027; unknown slugs are dropped, years clamped. */
export function parseCompareQuery(
  search: string,
  known: Set<string>,
  fallback: CompareState,
  minYear: number,
  maxYear: number,
): CompareState {
  const params = new URLSearchParams(search);
  const list = params.get('gemeenten');
  const slugs =
    list === null
      ? fallback.gemeenten
      : [
          ...new Set(
            list
              .split(',')
              .map((s) => s.trim().toLowerCase())
              .filter((s) => known.has(s)),
          ),
        ];
  const maat =
    params.get('maat') === 'per-inwoner'
      ? 'per-inwoner'
      : params.get('maat') === 'absoluut'
        ? 'absoluut'
        : fallback.maat;
  const year = (name: string, dflt: number) => {
    const value = Number(params.get(name));
    return params.get(name) !== null && Number.isInteger(value) ? Math.min(maxYear, Math.max(minYear, value)) : dflt;
  };
  let van = year('van', fallback.van);
  let tot = year('tot', fallback.tot);
  if (van > tot) [van, tot] = [tot, van];
  return { gemeenten: slugs, maat, van, tot };
}

/** The query string that reproduces a state (commas kept readable). */
export function compareQuery(state: CompareState): string {
  return `?gemeenten=${state.gemeenten.map(encodeURIComponent).join(',')}&maat=${state.maat}&van=${state.van}&tot=${state.tot}`;
}

/**
 * A compare link's text, made from what the link shows and nothing else ("Amstelveen, Diemen en
 * Aalsmeer, per inwoner, 2022 t/m 2027"): a hand-written reason beside it once claimed a source
 * named gemeenten it did not name.
 */
export function compareLabel(state: CompareState, naam: (slug: string) => string): string {
  const measure = state.maat === 'per-inwoner' ? 'per inwoner' : 'in euro';
  return `${joinNl(state.gemeenten.map(naam))}, ${measure}, ${state.van} t/m ${state.tot}`;
}
