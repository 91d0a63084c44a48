import type { RowOf } from '../../data/schemas/tables';
import { layoutNationalMoney } from './layout';
import type { MoneyAmount } from './layout';
import { renderNationalSvg } from './render';
import { NARROW_WIDTH, yearPanels } from '../shared/narrow';
import { formatAmount, formatRange } from '../../format/money';
import { formatPer, formatYears, lastYear } from '../../format/period';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';
import { plain } from '../shared/svg';

type Rijks = RowOf<'rijksmiddelen'>;

/** What the chart reads: the model's grouping of national money (totals with their stated parts, unlinked streams) and who publishes each source. */
export interface NationalMoneyInput {
  national: { totals: { total: Rijks; parts: Rijks[] }[]; unlinked: Rijks[] };
  bronnen: Map<string, { uitgever: string }>;
}
const asAmount = (r: Rijks): MoneyAmount => ({
  id: r.id,
  label: r.stroom,
  from: r.jaar_van!,
  to: lastYear(r),
  per: r.per,
  amount: r.bedrag_eur ?? 0,
});
const stated = (r: Rijks) =>
  r.bedrag_eur !== null ? formatAmount(r.bedrag_eur, r.bedrag_precisie) : formatRange(r.bedrag_min!, r.bedrag_max!);

const MONEY_COLUMNS: ChartSpec['columns'] = [
  { key: 'id', label: 'Regel' },
  { key: 'stroom', label: 'Geld' },
  { key: 'deel_van', label: 'Deel van' },
  { key: 'jaar_van', label: 'Van', numeric: 'integer' },
  { key: 'jaar_tot', label: 'Tot en met', numeric: 'integer' },
  { key: 'per', label: 'Per' },
  { key: 'bedrag_eur', label: 'Bedrag (euro)', numeric: 'integer' },
  { key: 'bedrag_min_eur', label: 'Ten minste (euro)', numeric: 'integer' },
  { key: 'bedrag_max_eur', label: 'Ten hoogste (euro)', numeric: 'integer' },
  { key: 'getoond_als', label: 'Getoond als' },
  { key: 'wie', label: 'Wie noemt het' },
  { key: 'bron', label: 'Bron' },
];

/** The rows behind the chart: every total and part, and how each is shown. */
function moneyRows(data: NationalMoneyInput, totals: NationalMoneyInput['national']['totals'], shown: Set<string>) {
  return totals
    .flatMap((g) => [g.total, ...g.parts])
    .map((r) => ({
      id: r.id,
      stroom: r.stroom,
      deel_van: r.onderdeel_van ?? '',
      jaar_van: r.jaar_van ?? '',
      jaar_tot: lastYear(r) ?? '',
      per: r.per ?? '',
      bedrag_eur: r.bedrag_eur ?? '',
      bedrag_min_eur: r.bedrag_min ?? '',
      bedrag_max_eur: r.bedrag_max ?? '',
      getoond_als:
        r.onderdeel_van === null
          ? 'totaal (kolom)'
          : shown.has(r.id)
            ? 'deel van de kolom'
            : r.bedrag_eur === null
              ? 'bandbreedte, alleen in de tabel'
              : 'periodebedrag, naast de grafiek',
      wie: data.bronnen.get(r.bron)?.uitgever ?? '',
      bron: r.bron,
    }));
}

/** Beside the chart: parts stated for a whole period (not drawable per year), and streams no source links to a total. */
function moneyAside(periodParts: MoneyAmount[], unlinked: Rijks[]): ChartSpec['aside'] {
  const aside: ChartSpec['aside'] = [];
  if (periodParts.length)
    aside.push({
      heading: 'Delen voor een hele periode (niet per jaar te tekenen)',
      lines: periodParts.map((p) =>
        plain(
          `${p.label}: ${formatAmount(p.amount, null)} voor ${p.from}${p.to && p.to !== p.from ? ` t/m ${p.to}` : ''}`,
        ),
      ),
    });
  aside.push({
    heading: 'Los genoemd (niet in de grafiek; niet optellen)',
    lines: unlinked.map((r) =>
      plain(
        `${r.stroom}: ${stated(r)} ${formatPer(r.per)}${r.schaal === 'per gemeente' ? ' per gemeente' : ''}, ${formatYears(r)}`,
      ),
    ),
  });
  return aside;
}

/** The stated national money: totals with their parts per year, the rest "onbekend". */
export function nationalMoneyChart(data: NationalMoneyInput): ChartSpec {
  const { totals, unlinked } = data.national;
  // Only amounts with a stated first year can be drawn on the year axis; ranges and rows without years stay in the table.
  const drawable = (r: Rijks) => r.bedrag_eur !== null && r.jaar_van !== null;
  const groups = totals
    .filter((g) => drawable(g.total))
    .map((g) => ({ total: asAmount(g.total), parts: g.parts.filter(drawable).map(asAmount) }));
  const layout = layoutNationalMoney(groups, YEAR_MIN, YEAR_MAX);
  const title = 'Geld van het Rijk voor de POK-doelen per jaar';
  const first = totals[0];
  // Every sentence names the body that said it (the source's publisher), never "het Rijk" by default.
  const body = first ? (data.bronnen.get(first.total.bron)?.uitgever ?? 'De bron') : '';
  const summary = first
    ? plain(
        `De ${body} noemt ${stated(first.total)} ${formatPer(first.total.per)} (${formatYears(first.total)}); van ${first.parts.length} ${first.parts.length === 1 ? 'deel' : 'delen'} noemt een bron het bedrag, hoe de rest is verdeeld is onbekend.`,
      )
    : 'Er is geen landelijk totaal bekend.';
  const rows = moneyRows(data, totals, new Set(layout.columns.flatMap((c) => c.parts.map((p) => p.id))));
  const aside = moneyAside(layout.periodParts, unlinked);
  return nationalChart({
    id: 'grafiek-rijksgeld',
    file: 'rijksgeld-per-jaar',
    title,
    summary,
    svg: renderNationalSvg(layout, { id: 'rg', title, desc: summary }),
    // The home page's short version: the same columns at the size of its text (issue 22).
    svgCompact: renderNationalSvg(layoutNationalMoney(groups, YEAR_MIN, YEAR_MAX, 440, 180), {
      id: 'rg-k',
      title,
      desc: summary,
    }),
    svgNarrow: yearPanels(YEAR_MIN, YEAR_MAX)
      .map(([from, to], i) =>
        renderNationalSvg(
          layoutNationalMoney(
            groups,
            from,
            to,
            NARROW_WIDTH - 62,
            260,
            Math.max(0, ...layout.columns.map((c) => c.amount)),
          ),
          { id: `rg-n${i}`, title: `${title}, ${from}-${to}`, desc: summary },
        ),
      )
      .join(''),
    columns: MONEY_COLUMNS,
    rows,
    bronIds: rows.map((r) => r.bron),
    aside,
  });
}
