import type { ChartSpec } from './chart-spec';
import type { CompareGemeente } from './compare-lanes';
import { compareLanes, compareRows } from './compare-lanes';
import type { CompareState } from './compare-state';
import { layoutPeriodLanes } from './period-lanes';
import { renderLanesSvg } from './render-lanes-svg';
import { joinNl } from './summaries-nl';

/** Population years kept (CBS, 1 January); other years say "geen inwonertal". */
export const POPULATION_YEARS = [2022, 2023, 2024, 2025];

/** The compare chart for a state: lanes per gemeente, honest about gemeenten without amounts. */
export function compareSpec(data: Map<string, CompareGemeente>, names: Map<string, string>, state: CompareState, id: string, file: string): ChartSpec {
  const lanes = compareLanes(data, names, state);
  const layout = layoutPeriodLanes(lanes, state.van, state.tot);
  const perInw = state.maat === 'per-inwoner';
  const title = `${perInw ? 'Bedragen per inwoner' : 'Bedragen in euro'}, ${state.van} t/m ${state.tot}`;
  const withAmounts = state.gemeenten.filter((s) => (data.get(s)?.items.length ?? 0) > 0);
  const without = state.gemeenten.filter((s) => !withAmounts.includes(s)).map((s) => names.get(s) ?? s);
  let summary = state.gemeenten.length === 0 ? 'Er is geen gemeente gekozen.' : `Van ${withAmounts.length} van de ${state.gemeenten.length} gekozen gemeenten zijn bedragen bekend`;
  if (without.length) summary += `; geen bedragen bekend van ${joinNl(without)}`;
  if (state.gemeenten.length) summary += '.';
  const missingYears = [];
  for (let y = state.van; y <= state.tot; y++) if (!POPULATION_YEARS.includes(y)) missingYears.push(String(y));
  if (perInw) summary += ` Per inwoner rekenen wij alleen met het inwonertal van hetzelfde jaar (CBS, 1 januari)${missingYears.length ? `; voor ${joinNl(missingYears)} is er geen inwonertal` : ''}. Een bedrag voor een hele periode delen wij niet.`;
  const aside = layout.undated.length ? [{ heading: 'Jaar onbekend of buiten de gekozen jaren', lines: layout.undated.map((u) => `${u.lane}: ${u.label} (${u.reason})`.replace(/\u00a0/g, ' ')) }] : [];
  return {
    id,
    file,
    title,
    summary,
    svg: renderLanesSvg(layout, { id: `${id}-svg`, title, desc: summary }),
    columns: [
      { key: 'gemeente', label: 'Gemeente' },
      { key: 'soort', label: 'Soort' },
      { key: 'id', label: 'Regel' },
      { key: 'jaar_van', label: 'Van', numeric: 'integer' },
      { key: 'jaar_tot', label: 'Tot en met', numeric: 'integer' },
      { key: 'per', label: 'Per' },
      { key: 'bedrag_eur', label: 'Bedrag (euro)', numeric: 'integer' },
      // Display text ("€ 3,90 per inw."), so its name says so: a spreadsheet must not read it as a number.
      { key: 'getoond_weergave', label: perInw ? 'Getoond (per inwoner)' : 'Getoond' },
      { key: 'bron', label: 'Bron' },
    ],
    rows: compareRows(data, names, state),
    bronIds: [...new Set(withAmounts.flatMap((s) => data.get(s)!.items.map((i) => i.bron)))],
    aside,
  };
}
