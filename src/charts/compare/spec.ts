import type { ChartSpec } from '../shared/chart-spec';
import { chartSpec } from '../shared/chart-spec';
import type { CompareGemeente, CompareSelection as CompareState } from './input';
import { compareAmounts } from './amounts';
import { layoutBars } from './layout';
import type { AmountGroup, AmountRow } from './amounts';
import { renderCompareSvg } from './render';
import { joinNl } from '../../format/summaries-nl';

const PER_INHABITANT_COLUMNS: ChartSpec['columns'] = [
  { key: 'per_inwoner_eur', label: 'Per inwoner (euro)', numeric: 'decimal', only: 'csv' },
  { key: 'inwoners', label: 'Inwoners op 1 januari', numeric: 'integer', only: 'csv' },
  { key: 'inwoners_jaar', label: 'Inwoners geteld op 1 januari van', numeric: 'integer', only: 'csv' },
];

/** Population years kept (CBS, 1 January); other years say "geen inwonertal". */
export const POPULATION_YEARS = [2022, 2023, 2024, 2025];

/** Per inhabitant, the numbers behind the text shown: the value to the cent, and the count and year it was divided by. */
const perInhabitantCells = (row: AmountRow | null) => ({
  per_inwoner_eur: row?.value != null && row.inhabitants ? Math.round(row.value * 100) / 100 : '',
  inwoners: row?.inhabitants?.count ?? '',
  inwoners_jaar: row?.inhabitants?.year ?? '',
});

/** The rows of the compare table/CSV: exactly the amounts drawn, with the value shown and, per inhabitant, the numbers behind it. */
function tableRows(groups: AmountGroup[], data: Map<string, CompareGemeente>): Record<string, string | number>[] {
  return groups.flatMap((group) => {
    if (group.rows.length === 0)
      return [
        {
          gemeente: group.naam,
          wat: '',
          waarvoor: '',
          getoond_weergave: group.empty ?? '',
          ...perInhabitantCells(null),
          id: '',
          bedrag_eur: '',
          bron: '',
        },
      ];
    const items = new Map((data.get(group.slug)?.items ?? []).map((i) => [i.id, i]));
    return group.rows.map((row) => ({
      gemeente: group.naam,
      wat: row.what,
      waarvoor: row.covers,
      getoond_weergave: (row.note ? `${row.valueText}: ${row.note}` : row.valueText).replace(/\u00a0/g, ' '),
      ...perInhabitantCells(row),
      id: row.id,
      bedrag_eur: items.get(row.id)?.amount ?? '',
      bron: row.bron,
    }));
  });
}

/** The compare chart for a state: one bar per amount, one scale, honest about gemeenten without amounts. */
export function compareSpec(
  data: Map<string, CompareGemeente>,
  names: Map<string, string>,
  state: CompareState,
  id: string,
  file: string,
): ChartSpec {
  const { groups, outside } = compareAmounts(data, names, state);
  const perInw = state.maat === 'per-inwoner';
  const title = `${perInw ? 'Bedragen per inwoner' : 'Bedragen in euro'}, ${state.van} t/m ${state.tot}`;
  const withAmounts = state.gemeenten.filter((s) => (data.get(s)?.items.length ?? 0) > 0);
  const without = state.gemeenten.filter((s) => !withAmounts.includes(s)).map((s) => names.get(s) ?? s);
  let summary =
    state.gemeenten.length === 0
      ? 'Er is geen gemeente gekozen.'
      : `Van ${withAmounts.length} van de ${state.gemeenten.length} gekozen gemeenten zijn bedragen bekend`;
  if (without.length) summary += `; geen bedragen bekend van ${joinNl(without)}`;
  if (state.gemeenten.length) summary += '.';
  if (withAmounts.length)
    summary +=
      ' Elke balk is één bedrag, op één schaal voor alle gemeenten. Een gestreepte balk is één bedrag voor meer jaren samen: vergelijk die niet met een bedrag per jaar. Wij tellen niets op.';
  const missingYears = [];
  for (let y = state.van; y <= state.tot; y++) if (!POPULATION_YEARS.includes(y)) missingYears.push(String(y));
  if (perInw)
    summary += ` Per inwoner rekenen wij alleen met het inwonertal van hetzelfde jaar (CBS, 1 januari)${missingYears.length ? `; voor ${joinNl(missingYears)} is er geen inwonertal` : ''}. Een bedrag voor een hele periode delen wij niet.`;
  const aside = outside.length
    ? [
        {
          heading: 'Buiten de gekozen jaren',
          lines: outside.map(({ naam, item }) => `${naam}: ${item.amountText} (${item.years})`.replace(/\u00a0/g, ' ')),
        },
      ]
    : [];
  return chartSpec({
    id,
    file,
    title,
    summary,
    svg: renderCompareSvg(layoutBars(groups), { id: `${id}-svg`, title, desc: summary, perInhabitant: perInw }),
    columns: [
      { key: 'gemeente', label: 'Gemeente' },
      { key: 'wat', label: 'Wat' },
      { key: 'waarvoor', label: 'Voor welke jaren' },
      // Display text ("€ 3,90 per inwoner"), so its name says so: a spreadsheet must not read it as a number.
      { key: 'getoond_weergave', label: perInw ? 'Getoond (per inwoner)' : 'Getoond' },
      // Per inhabitant the CSV also has the numbers behind that text (the page's table shows the text).
      ...(perInw ? PER_INHABITANT_COLUMNS : []),
      { key: 'bedrag_eur', label: 'Bedrag in de bron (euro)', numeric: 'integer' },
      { key: 'id', label: 'Regel' },
      { key: 'bron', label: 'Bron' },
    ],
    rows: tableRows(groups, data),
    bronIds: withAmounts.flatMap((s) => data.get(s)!.items.map((i) => i.bron)),
    aside,
  });
}
