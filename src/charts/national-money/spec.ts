import type { SiteData } from '../../lib/content/queries';
import type { RowOf } from '../../lib/schemas/tables';
import { groupNationalMoney } from '../../lib/national/national-money';
import { summariseCoverage } from '../../lib/national/coverage-summary';
import { layoutNationalMoney } from './layout';
import type { MoneyAmount } from './layout';
import { renderNationalSvg } from './render';
import { layoutCountBars } from '../count-bars/layout';
import { renderCountSvg, renderNarrowCountSvg } from '../count-bars/render';
import { NARROW_WIDTH, yearPanels } from '../shared/narrow';
import { coverageByYear, layoutMatrix } from '../coverage-matrix/layout';
import { renderMatrixSvg } from '../coverage-matrix/render';
import { currentSpending } from '../lanes/money-lanes';
import { joinNl } from '../lanes/summaries';
import { formatAmount, formatRange } from '../../lib/format/money';
import { formatPer, formatYears } from '../../lib/format/period';
import { AIMS } from '../../lib/schemas/vocab';
import { YEAR_MAX, YEAR_MIN } from '../../lib/site/years';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import type { ProfileBesteding } from '../../lib/profile/gemeente-profile';

const t = useTranslations('nl');
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
type Rijks = RowOf<'rijksmiddelen'>;
const asAmount = (r: Rijks): MoneyAmount => ({ id: r.id, label: r.stroom, from: r.jaar_van!, to: r.jaar_tot, per: r.per, amount: r.bedrag_eur ?? 0 });
const stated = (r: Rijks) => (r.bedrag_eur !== null ? formatAmount(r.bedrag_eur, r.bedrag_precisie) : formatRange(r.bedrag_min!, r.bedrag_max!));

/** The stated national money: totals with their parts per year, the rest "onbekend". */
export function nationalMoneyChart(data: SiteData): ChartSpec {
  const { totals, unlinked } = groupNationalMoney(data.dataset.rijksmiddelen);
  // Only amounts with a stated first year can be drawn on the year axis; ranges and rows without years stay in the table.
  const drawable = (r: Rijks) => r.bedrag_eur !== null && r.jaar_van !== null;
  const groups = totals.filter((g) => drawable(g.total)).map((g) => ({ total: asAmount(g.total), parts: g.parts.filter(drawable).map(asAmount) }));
  const layout = layoutNationalMoney(groups, YEAR_MIN, YEAR_MAX);
  const title = 'Geld van het Rijk voor de POK-doelen per jaar';
  const first = totals[0];
  // Every sentence names the body that said it (the source's publisher), never "het Rijk" by default.
  const body = first ? (data.bronnen.get(first.total.bron)?.uitgever ?? 'De bron') : '';
  const summary = first
    ? plain(`De ${body} noemt ${stated(first.total)} ${formatPer(first.total.per)} (${formatYears(first.total)}); van ${first.parts.length} ${first.parts.length === 1 ? 'deel' : 'delen'} noemt een bron het bedrag, hoe de rest is verdeeld is onbekend.`)
    : 'Er is geen landelijk totaal bekend.';
  const shown = new Set(layout.columns.flatMap((c) => c.parts.map((p) => p.id)));
  const rows = totals.flatMap((g) => [g.total, ...g.parts]).map((r) => ({
    id: r.id,
    stroom: r.stroom,
    deel_van: r.onderdeel_van ?? '',
    jaar_van: r.jaar_van ?? '',
    jaar_tot: r.jaar_tot ?? '',
    per: r.per ?? '',
    bedrag_eur: r.bedrag_eur ?? '',
    bedrag_min_eur: r.bedrag_min ?? '',
    bedrag_max_eur: r.bedrag_max ?? '',
    getoond_als: r.onderdeel_van === null ? 'totaal (kolom)' : shown.has(r.id) ? 'deel van de kolom' : r.bedrag_eur === null ? 'bandbreedte, alleen in de tabel' : 'periodebedrag, naast de grafiek',
    wie: data.bronnen.get(r.bron)?.uitgever ?? '',
    bron: r.bron,
  }));
  const aside = [];
  if (layout.periodParts.length) aside.push({ heading: 'Delen voor een hele periode (niet per jaar te tekenen)', lines: layout.periodParts.map((p) => plain(`${p.label}: ${formatAmount(p.amount, null)} voor ${p.from}${p.to && p.to !== p.from ? ` t/m ${p.to}` : ''}`)) });
  aside.push({ heading: 'Los genoemd (niet in de grafiek; niet optellen)', lines: unlinked.map((r) => plain(`${r.stroom}: ${stated(r)} ${formatPer(r.per)}${r.schaal === 'per gemeente' ? ' per gemeente' : ''}, ${formatYears(r)}`)) });
  return {
    id: 'grafiek-rijksgeld',
    file: 'rijksgeld-per-jaar',
    png: true,
    title,
    summary,
    svg: renderNationalSvg(layout, { id: 'rg', title, desc: summary }),
    svgNarrow: yearPanels(YEAR_MIN, YEAR_MAX)
      .map(([from, to], i) => renderNationalSvg(layoutNationalMoney(groups, from, to, NARROW_WIDTH - 62, 260, Math.max(0, ...layout.columns.map((c) => c.amount))), { id: `rg-n${i}`, title: `${title}, ${from}-${to}`, desc: summary }))
      .join(''),
    columns: [
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
    ],
    rows,
    bronIds: [...new Set(rows.map((r) => r.bron))],
    aside,
  };
}

/**
 * Gemeenten of 2024 per aim of their current plans and spending lines. An aim the source names
 * (doel_door = bron) and an aim the editors assigned (redactie) are counted apart, never as one,
 * and the base is the gemeenten that have plans, not all gemeenten.
 */
export function aimsAcrossChart(data: SiteData): ChartSpec {
  const { base: all } = summariseCoverage(data.profiles.values());
  const current = [...data.profiles.values()].filter((p) => p.gemeente.geldig_tot === null);
  const withLines = current.filter((p) => currentSpending(p.bestedingen).length > 0);
  const base = withLines.length;
  const names = (list: typeof withLines) => list.map((p) => p.gemeente.naam).sort((a, b) => a.localeCompare(b, 'nl'));
  const having = (test: (b: ProfileBesteding) => boolean) =>
    withLines.filter((p) => currentSpending(p.bestedingen).some(test));
  const perAim = AIMS.map((aim) => {
    const bySource = having((b) => b.doel === aim && b.doel_door === 'bron');
    const byEditors = having((b) => b.doel === aim && b.doel_door === 'redactie').filter((p) => !bySource.includes(p));
    return { aim, label: t(`aim.${aim}`), bySource, byEditors };
  });
  const none = having((b) => b.doel === null);
  const items = [
    ...perAim.flatMap((a) => [
      { key: `${a.aim}-bron`, label: `${a.label}: doel genoemd in de bron`, count: a.bySource.length, names: names(a.bySource), door: 'bron' },
      { key: `${a.aim}-redactie`, label: `${a.label}: alleen ingedeeld door de redactie`, count: a.byEditors.length, names: names(a.byEditors), door: 'redactie' },
    ]),
    { key: 'geen', label: 'Doel niet duidelijk', count: none.length, names: names(none), door: '' },
  ];
  const layout = layoutCountBars(items, base);
  const title = 'Plannen en bestedingen per doel: in hoeveel gemeenten';
  const named = perAim.filter((a) => a.bySource.length > 0).sort((a, b) => b.bySource.length - a.bySource.length)[0];
  const assigned = perAim.filter((a) => a.byEditors.length > 0).sort((a, b) => b.byEditors.length - a.byEditors.length)[0];
  const summary = [
    `Bij ${base} van ${all} gemeenten vonden wij een plan of besteding; de tellingen hieronder gaan over die ${base} gemeenten.`,
    named
      ? `Het doel dat de bronnen zelf het vaakst noemen is "${named.label.toLowerCase()}" (${named.bySource.length} van ${base} gemeenten).`
      : `Geen bron noemt zelf een van de vier doelen.`,
    assigned
      ? `Bij regels zonder doel in de bron deelde de redactie het vaakst in bij "${assigned.label.toLowerCase()}" (${assigned.byEditors.length} van ${base} gemeenten); dat is onze indeling, niet die van de bron.`
      : '',
    'Wij tellen gemeenten, geen bedragen: bedragen van verschillende gemeenten tellen wij niet op.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: 'grafiek-doelen-landelijk',
    file: 'doelen-gemeenten',
    png: true,
    title,
    summary,
    svg: renderCountSvg(layout, { id: 'dg', title, desc: summary }),
    svgNarrow: renderNarrowCountSvg(layout.rows, { id: 'dgn', title, desc: summary }),
    columns: [
      { key: 'doel', label: 'Doel' },
      { key: 'door', label: 'Doel volgens' },
      { key: 'gemeenten', label: 'Aantal gemeenten', numeric: 'integer' },
      { key: 'basis', label: 'Van (gemeenten met een plan of besteding)', numeric: 'integer' },
      { key: 'namen', label: 'Welke' },
    ],
    rows: items.map((i) => ({ doel: i.label, door: i.door, gemeenten: i.count, basis: base, namen: joinNl(i.names) })),
    bronIds: [...new Set(withLines.flatMap((p) => currentSpending(p.bestedingen).map((b) => b.bron)))],
    aside: [{ heading: 'Basis', lines: [`${base} van ${all} gemeenten hebben een plan of besteding in onze gegevens; bij de andere ${all - base} is geen plan bekend, en die tellen hier niet mee.`] }],
  };
}

/** Per gemeente with facts, per year: the strongest kind of fact that touches the year. */
export function coverageMatrixChart(data: SiteData): ChartSpec {
  const current = [...data.profiles.values()].filter((p) => p.gemeente.geldig_tot === null);
  const { base, counts } = summariseCoverage(data.profiles.values());
  const withFacts = current
    .filter((p) => p.coverage === 'bedragen' || p.coverage === 'besluiten' || p.coverage === 'genoemd')
    .sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
  const span = (r: { jaar_van: number | null; jaar_tot: number | null }) => ({ from: r.jaar_van, to: r.jaar_tot ?? r.jaar_van });
  const year = (y: number | null) => ({ from: y, to: y });
  const years = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);
  const matrix = withFacts.map((p) => {
    const bestedingen = currentSpending(p.bestedingen);
    const result = coverageByYear(
      {
        amounts: [...p.toekenningen.map((r) => ({ from: r.jaar_van, to: r.jaar_tot ?? (r.per === 'jaar' ? null : r.jaar_van) })), ...bestedingen.filter((b) => b.bedrag_eur !== null).map(span), ...p.verschuivingen.flatMap((v) => [year(v.van_jaar), year(v.naar_jaar)])],
        decisions: [...p.besluiten.map((b) => year(Number(b.datum.slice(0, 4)))), ...bestedingen.filter((b) => b.bedrag_eur === null).map(span), ...p.resultaten.map((r) => year(r.jaar))],
        mentions: p.vermeldingen.map((v) => year(v.datum ? Number(v.datum.slice(0, 4)) : null)),
      },
      YEAR_MIN,
      YEAR_MAX,
    );
    return { p, cells: [...result.years, result.unknown] };
  });
  const layout = layoutMatrix(matrix.map((m) => ({ key: m.p.gemeente.slug, label: m.p.gemeente.naam, cells: m.cells })), [...years.map(String), '?']);
  const title = 'Wat wij per gemeente en per jaar weten';
  const others = base - withFacts.length;
  const summary = `Van ${withFacts.length} van ${base} gemeenten kennen wij feiten over de POK-middelen; bij ${counts['niets-gevonden']} gemeenten zochten wij en vonden niets, ${counts['niet-onderzocht']} zijn nog niet onderzocht.`;
  const label = (l: string | null) => (l ? t(`coverage.${l}` as Parameters<typeof t>[0]) : '');
  return {
    id: 'grafiek-dekking',
    file: 'dekking-per-jaar',
    png: true,
    title,
    summary,
    svg: renderMatrixSvg(layout, { id: 'dk', title, desc: summary }),
    // On a phone the year columns are labelled '21 … '27, so eight of them fit beside the names.
    svgNarrow: renderMatrixSvg(layoutMatrix(layout.rows.map((r) => ({ key: r.key, label: r.label, cells: r.cells.map((c) => c.level) })), [...years.map((y) => `'${String(y).slice(2)}`), '?'], NARROW_WIDTH, 112), { id: 'dkn', title, desc: summary }),
    columns: [{ key: 'gemeente', label: 'Gemeente' }, { key: 'provincie', label: 'Provincie' }, { key: 'niveau', label: 'Wat wij weten' }, ...years.map((y) => ({ key: String(y), label: String(y) })), { key: 'onbekend', label: 'Jaar onbekend' }],
    rows: matrix.map((m) => ({
      gemeente: m.p.gemeente.naam,
      provincie: m.p.gemeente.provincie,
      niveau: label(m.p.coverage),
      ...Object.fromEntries(years.map((y, i) => [String(y), label(m.cells[i])])),
      onbekend: label(m.cells[years.length]),
    })),
    bronIds: [],
    aside: [{ heading: 'Niet in de grafiek', lines: [`${others} gemeenten zonder feiten: ${counts['niets-gevonden']} gezocht, niets gevonden; ${counts['niet-onderzocht']} nog niet onderzocht. Zie de kaart en de lijst van alle gemeenten.`] }],
  };
}
