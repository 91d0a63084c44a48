import { layoutCountBars } from './layout';
import { renderCountSvg, renderNarrowCountSvg } from './render';
import { joinNl } from '../../format/summaries-nl';
import type { AIMS } from '../../data/schemas/vocab';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';
import { nationalChart } from '../shared/chart-spec';

const t = useTranslations('nl');

/** What the chart reads: gemeenten per aim as the model counted them (names, sorted), and the bases. */
export interface AimsAcrossInput {
  aims: {
    /** Gemeenten of 2024. */
    all: number;
    /** Gemeenten of 2024 with a current plan or spending line. */
    base: number;
    perAim: { aim: (typeof AIMS)[number]; bySource: string[]; byEditors: string[] }[];
    none: string[];
    bronIds: string[];
    /** Gemeenten of 2024 outside the base of which something else is known (an amount, a decision or proposal, a mention). */
    otherFacts: number;
  };
}

/** The bars: per aim the source's and the editors' counts apart, then "doel niet duidelijk". */
function aimItems(aims: AimsAcrossInput['aims']) {
  const perAim = aims.perAim.map((a) => ({ ...a, label: t(`aim.${a.aim}`) }));
  const items = [
    ...perAim.flatMap((a) => [
      {
        key: `${a.aim}-bron`,
        label: `${a.label}: doel genoemd in de bron`,
        count: a.bySource.length,
        names: a.bySource,
        door: 'bron',
      },
      {
        key: `${a.aim}-redactie`,
        label: `${a.label}: alleen ingedeeld door de redactie`,
        count: a.byEditors.length,
        names: a.byEditors,
        door: 'redactie',
      },
    ]),
    { key: 'geen', label: 'Doel niet duidelijk', count: aims.none.length, names: aims.none, door: '' },
  ];
  return { perAim, items };
}

/** The chart's summary: the base, the aim the sources name most, the aim the editors assigned most. */
function aimsSummary(perAim: ReturnType<typeof aimItems>['perAim'], base: number, all: number): string {
  const named = perAim.filter((a) => a.bySource.length > 0).sort((a, b) => b.bySource.length - a.bySource.length)[0];
  const assigned = perAim
    .filter((a) => a.byEditors.length > 0)
    .sort((a, b) => b.byEditors.length - a.byEditors.length)[0];
  return [
    `Bij ${base} van ${all} gemeenten kennen wij plannen, begrotingen of bestedingen per maatregel; de tellingen hieronder gaan over die ${base} gemeenten.`,
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
}

/** Who is counted and who is not, without saying more about the others than the data holds. */
function baseNote(base: number, all: number, otherFacts: number): string {
  const others = all - base;
  const rest =
    otherFacts > 0
      ? ` Van ${otherFacts} van hen kennen wij wel iets anders (een bedrag van het Rijk, een besluit of voorstel, of alleen een vermelding): zie "Wat wij per gemeente weten".`
      : '';
  return `${base} van ${all} gemeenten hebben plannen, begrotingen of bestedingen per maatregel in onze gegevens; alleen die tellen hier mee. De andere ${others} tellen niet mee.${rest}`;
}

/**
 * Below this many gemeenten with plans, the counts are a list, not bars (issue 22): nine bars of
 * "0 van 6" said less than one line per aim that has a gemeente.
 */
export const TINY_BASE = 20;

/** The counts as lines of a list: aims with at least one gemeente, the most first. */
function countLines(items: ReturnType<typeof aimItems>['items'], base: number): string[] {
  return items
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count)
    .map(
      (item) =>
        `${item.count} van de ${base}: ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)} (${joinNl(item.names)})`,
    );
}

/**
 * Gemeenten of 2024 per aim of their current plans and spending lines. An aim the source names
 * (doel_door = bron) and an aim the editors assigned (redactie) are counted apart, never as one,
 * and the base is the gemeenten that have plans, not all gemeenten.
 */
export function aimsAcrossChart({ aims }: AimsAcrossInput): ChartSpec {
  const { all, base } = aims;
  const { perAim, items } = aimItems(aims);
  const layout = layoutCountBars(items, base);
  const title = 'Plannen en bestedingen per doel: in hoeveel gemeenten';
  const summary = aimsSummary(perAim, base, all);
  const tiny = base < TINY_BASE;
  return nationalChart({
    id: 'grafiek-doelen-landelijk',
    file: 'doelen-gemeenten',
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
    bronIds: aims.bronIds,
    nothingToDraw: tiny ? `${summary} Te weinig gemeenten voor een grafiek; per doel:` : undefined,
    aside: tiny
      ? [
          { heading: `Per doel, van de ${base} gemeenten met een plan of besteding`, lines: countLines(items, base) },
          { heading: 'Basis', lines: [baseNote(base, all, aims.otherFacts)] },
        ]
      : [{ heading: 'Basis', lines: [baseNote(base, all, aims.otherFacts)] }],
  });
}
