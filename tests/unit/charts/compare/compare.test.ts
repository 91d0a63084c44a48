import { describe, expect, test } from 'vitest';
import { compareQuery, parseCompareQuery } from '../../../../src/model/compare-state';
import type { CompareState } from '../../../../src/model/compare-state';
import { amountRows, compareAmounts, formatPerInhabitant } from '../../../../src/charts/compare/amounts';
import { layoutBars, LINE_CHARS, tickText } from '../../../../src/charts/compare/layout';
import type { CompareGemeente, CompareItem } from '../../../../src/model/compare-data';
import { compareSpec } from '../../../../src/charts/compare/spec';
import { renderCompareSvg } from '../../../../src/charts/compare/render';
import { compareSuggestions } from '../../../../src/model/similar';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const known = new Set(['amstelveen', 'diemen', 'aalsmeer']);
const fallback: CompareState = { gemeenten: ['amstelveen'], maat: 'absoluut', van: 2021, tot: 2027 };

describe('parseCompareQuery', () => {
  test('reads gemeenten, measure and years from the query string', () => {
    expect(
      parseCompareQuery(
        '?gemeenten=amstelveen,diemen,aalsmeer&maat=per-inwoner&van=2022&tot=2027',
        known,
        fallback,
        2021,
        2027,
      ),
    ).toEqual({ gemeenten: ['amstelveen', 'diemen', 'aalsmeer'], maat: 'per-inwoner', van: 2022, tot: 2027 });
  });
  test('an empty query string gives the default', () => {
    expect(parseCompareQuery('', known, fallback, 2021, 2027)).toEqual(fallback);
  });
  test('unknown gemeenten and duplicates are dropped, years clamped and put in order', () => {
    expect(
      parseCompareQuery('?gemeenten=diemen,nergens,diemen&van=2030&tot=2019', known, fallback, 2021, 2027),
    ).toEqual({ gemeenten: ['diemen'], maat: 'absoluut', van: 2021, tot: 2027 });
  });
  test('the query string of a state reads back to the same state', () => {
    const state: CompareState = { gemeenten: ['aalsmeer', 'diemen'], maat: 'per-inwoner', van: 2023, tot: 2025 };
    expect(compareQuery(state)).toBe('?gemeenten=aalsmeer,diemen&maat=per-inwoner&van=2023&tot=2025');
    expect(parseCompareQuery(compareQuery(state), known, fallback, 2021, 2027)).toEqual(state);
  });
});

const item = (over: Partial<CompareItem>): CompareItem => ({
  id: 'i',
  soort: 'besteding',
  from: 2024,
  to: 2026,
  per: 'jaar',
  amount: 235_000,
  amountText: '€ 235.000',
  years: '2024 t/m 2026',
  kind: 'begroot',
  bron: 'b',
  ...over,
});
// Synthetic gemeente: 100.000 inhabitants in 2024, 200.000 in 2025, none for 2026.
const g: CompareGemeente = {
  slug: 'x',
  naam: 'X',
  provincie: 'P',
  inwoners: { '2024': 100_000, '2025': 200_000 },
  items: [],
};
const perInw: CompareState = { gemeenten: ['x'], maat: 'per-inwoner', van: 2021, tot: 2027 };
const euro: CompareState = { ...perInw, maat: 'absoluut' };
const period = item({
  id: 'p',
  soort: 'toekenning',
  kind: 'toekenning',
  from: 2022,
  to: 2027,
  per: 'totaal',
  amount: 2_932_000,
  amountText: '€ 2.932.000',
  years: '2022 t/m 2027',
});
const undated = item({
  id: 'u',
  soort: 'toekenning',
  kind: 'toekenning',
  from: null,
  to: null,
  per: 'totaal',
  amount: 5_000_000,
  amountText: 'ruim € 5.000.000',
  years: '"periode niet vermeld"',
});

describe('amountRows in euro', () => {
  test('the amount is the value, as the source states it; per year and for a period drawn differently', () => {
    expect(amountRows(item({}), g, euro)).toEqual([
      expect.objectContaining({
        value: 235_000,
        valueText: '€ 235.000',
        basis: 'jaar',
        what: 'Gemeente: begroot',
        covers: 'per jaar, 2024 t/m 2026',
        note: null,
      }),
    ]);
    expect(amountRows(period, g, euro)).toEqual([
      expect.objectContaining({
        value: 2_932_000,
        basis: 'periode',
        what: 'Van het Rijk',
        covers: 'in totaal, 2022 t/m 2027',
      }),
    ]);
  });
  test('an amount for one year is an amount for that year, not a period', () => {
    expect(
      amountRows(item({ per: 'totaal', from: 2022, to: 2022, amount: 126_500, amountText: '€ 126.500' }), g, euro),
    ).toEqual([expect.objectContaining({ basis: 'jaar', covers: 'in 2022', value: 126_500 })]);
  });
  test('an amount without years still gets its bar, with its precision and what the source says of its period', () => {
    expect(amountRows(undated, g, euro)).toEqual([
      expect.objectContaining({
        value: 5_000_000,
        valueText: 'ruim € 5.000.000',
        basis: 'periode',
        covers: 'in totaal, "periode niet vermeld"',
      }),
    ]);
  });
});

describe('amountRows per inhabitant', () => {
  test('uses the population of the same year, and says when there is none (no bar)', () => {
    const rows = amountRows(item({}), g, perInw);
    expect(rows.map((r) => [r.covers, r.value === null ? null : nb(r.valueText), r.note])).toEqual([
      ['per jaar: 2024', '€ 2,35 per inwoner', null],
      ['per jaar: 2025', '€ 1,18 per inwoner', null],
      ['per jaar: 2026', null, 'geen inwonertal voor 2026'],
    ]);
    expect(rows[0].value).toBeCloseTo(2.35);
  });
  test('a period amount is not divided by any population, nor over its years', () => {
    expect(amountRows(period, g, perInw)).toEqual([
      expect.objectContaining({ value: null, valueText: '€ 2.932.000', note: 'periodebedrag, niet per inwoner' }),
    ]);
  });
  test('a per-year amount without known years is not divided either', () => {
    expect(amountRows(item({ from: null, to: 2027 }), g, perInw)).toEqual([
      expect.objectContaining({ value: null, note: 'jaren onbekend, niet per inwoner' }),
    ]);
  });
  test("a shift out of one year is divided by that year's population", () => {
    const shift = item({
      id: 's',
      soort: 'verschuiving',
      kind: 'verschuiving',
      per: 'totaal',
      from: 2024,
      to: 2024,
      amount: 113_000,
      amountText: '€ 113.000',
      years: 'uit 2024 naar 2025',
    });
    expect(amountRows(shift, g, perInw).map((r) => [r.covers, nb(r.valueText)])).toEqual([
      ['uit 2024 naar 2025', '€ 1,13 per inwoner'],
    ]);
  });
});

describe('formatPerInhabitant', () => {
  test('two decimals, Dutch style', () => {
    expect(nb(formatPerInhabitant(0.3))).toBe('€ 0,30 per inwoner');
  });
});

describe('compareAmounts', () => {
  test('no gemeenten chosen gives no groups', () => {
    expect(compareAmounts(new Map(), new Map(), { ...perInw, gemeenten: [] }).groups).toEqual([]);
  });
  test('a gemeente without amounts says "geen bedragen bekend"', () => {
    expect(
      compareAmounts(new Map(), new Map([['diemen', 'Diemen']]), { ...perInw, gemeenten: ['diemen'] }).groups,
    ).toEqual([{ slug: 'diemen', naam: 'Diemen', rows: [], empty: 'geen bedragen bekend' }]);
  });
  test('amounts wholly outside the chosen years are listed apart; unknown years always stay in', () => {
    const data = new Map([['x', { ...g, items: [item({}), period, undated] }]]);
    const { groups, outside } = compareAmounts(data, new Map(), { ...euro, van: 2021, tot: 2021 });
    expect(groups[0].rows.map((r) => r.id)).toEqual(['u']);
    expect(outside.map((o) => o.item.id)).toEqual(['i', 'p']);
  });
});

describe('layoutBars', () => {
  const data = new Map([
    ['x', { ...g, items: [item({}), period] }],
    ['y', { ...g, slug: 'y', naam: 'Y', items: [undated] }],
  ]);
  const layout = layoutBars(compareAmounts(data, new Map(), { ...euro, gemeenten: ['x', 'y'] }).groups);
  const rows = layout.groups.flatMap((group) => group.rows);
  test('one scale for every gemeente: bar length is the amount over the same maximum', () => {
    const end = 5_000_000 / rows.find((r) => r.id === 'u')!.fraction!;
    expect(end).toBeGreaterThanOrEqual(5_000_000);
    expect(rows.find((r) => r.id === 'i')!.fraction).toBeCloseTo(235_000 / end);
    expect(rows.find((r) => r.id === 'p')!.fraction).toBeCloseTo(2_932_000 / end);
    expect(layout.ticks[0]).toEqual({ value: 0, fraction: 0 });
    expect(layout.ticks.at(-1)!.fraction).toBeLessThanOrEqual(1);
  });
  test('the larger amount has the longer bar, whatever span it covers', () => {
    const fraction = (id: string) => rows.find((r) => r.id === id)!.fraction!;
    expect(fraction('u')).toBeGreaterThan(fraction('p'));
    expect(fraction('p')).toBeGreaterThan(fraction('i'));
  });
  test('label lines are short enough for a phone, and rows do not overlap', () => {
    for (const row of rows)
      for (const line of row.lines) expect(line.text.length, line.text).toBeLessThanOrEqual(LINE_CHARS);
    const tops = layout.groups.flatMap((group) => [group.y, ...group.rows.map((r) => r.y)]);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(new Set(tops).size).toBe(tops.length);
    expect(layout.height).toBeGreaterThan(tops.at(-1)!);
  });
});

describe('renderCompareSvg', () => {
  const data = new Map([['x', { ...g, items: [item({}), period] }]]);
  const svg = renderCompareSvg(layoutBars(compareAmounts(data, new Map(), euro).groups), {
    id: 'c',
    title: 'T',
    desc: 'D',
    perInhabitant: false,
  });
  test('has no viewBox, so text keeps its size at every width, and positions across in percent', () => {
    expect(svg).not.toContain('viewBox');
    expect(svg).toMatch(/^<svg [^>]*width="100%"/);
    expect(svg).toMatch(/<rect x="0.5" y="[\d.]+" width="[\d.]+%"/);
  });
  test('marks a period amount with the hatch and a dashed outline, a per-year amount solid', () => {
    expect(svg).toMatch(/data-id="p" data-basis="periode"><text[^]*?fill="url\(#c-periode\)"[^>]*stroke-dasharray/);
    expect(svg).toMatch(/data-id="i" data-basis="jaar"><text[^]*?<rect [^>]*fill="#fde3b8"(?![^>]*dasharray)/);
  });
  test("puts a long bar's value inside its end, a short bar's beside it", () => {
    expect(svg).toMatch(
      /data-id="p"[^]*?<text class="value" x="[\d.]+%" dx="-6"[^>]*text-anchor="end"[^>]*>€ 2\.932\.000</,
    );
    expect(svg).toMatch(
      /data-id="i"[^]*?<text class="value" x="[\d.]+%" dx="6"[^>]*text-anchor="start"[^>]*>€ 235\.000</,
    );
  });
});

describe('tickText', () => {
  test('millions short, smaller amounts in full, per inhabitant with cents', () => {
    expect(tickText(2_000_000, false)).toBe('€ 2 mln');
    expect(tickText(1_500_000, false)).toBe('€ 1,5 mln');
    expect(nb(tickText(500_000, false))).toBe('€ 500.000');
    expect(nb(tickText(0.5, true))).toBe('€ 0,50');
  });
});

describe('compareSpec', () => {
  test('the summary names the gemeenten without amounts and the years without population', () => {
    const data = new Map([['x', { ...g, items: [item({})] }]]);
    const spec = compareSpec(
      data,
      new Map([
        ['x', 'X'],
        ['diemen', 'Diemen'],
      ]),
      { ...perInw, gemeenten: ['x', 'diemen'] },
      'v',
      'v',
    );
    expect(spec.summary).toContain(
      'Van 1 van de 2 gekozen gemeenten zijn bedragen bekend; geen bedragen bekend van Diemen.',
    );
    expect(spec.summary).toContain('voor 2021, 2026 en 2027 is er geen inwonertal');
  });
  test('one table row per amount shown, and one row saying "geen bedragen bekend"', () => {
    const data = new Map([['x', { ...g, items: [item({})] }]]);
    const spec = compareSpec(
      data,
      new Map([
        ['x', 'X'],
        ['diemen', 'Diemen'],
      ]),
      { ...perInw, gemeenten: ['x', 'diemen'], van: 2025, tot: 2027 },
      'v',
      'v',
    );
    expect(spec.rows.map((r) => [r.gemeente, r.waarvoor, r.getoond_weergave])).toEqual([
      ['X', 'per jaar: 2025', '€ 1,18 per inwoner'],
      ['X', 'per jaar: 2026', '€ 235.000: geen inwonertal voor 2026'],
      ['Diemen', '', 'geen bedragen bekend'],
    ]);
  });
  test('per inhabitant, the CSV has the value to the cent, the inhabitants and the year they were counted, as numbers', async () => {
    const { chartCsv } = await import('../../../../src/charts/shared/downloads');
    const data = new Map([['x', { ...g, items: [item({})] }]]);
    const spec = compareSpec(data, new Map([['x', 'X']]), { ...perInw, van: 2024, tot: 2026 }, 'v', 'v');
    const csv = chartCsv(spec).trim().split('\n');
    expect(csv[0]).toBe(
      'gemeente,wat,waarvoor,getoond_weergave,per_inwoner_eur,inwoners,inwoners_jaar,bedrag_eur,id,bron',
    );
    // 235000 / 100000 and 235000 / 200000; 2026 has no count, so its numbers stay empty.
    expect(csv.slice(1).map((line) => line.split(',').slice(-6).join(','))).toEqual([
      '2.35,100000,2024,235000,i,b',
      '1.18,200000,2025,235000,i,b',
      ',,,235000,i,b',
    ]);
    // The page's table keeps showing the text only; in euro there are no per-inhabitant columns.
    expect(spec.columns.filter((c) => c.only !== 'csv').map((c) => c.key)).not.toContain('per_inwoner_eur');
    expect(
      compareSpec(data, new Map([['x', 'X']]), { ...euro, van: 2024, tot: 2026 }, 'v', 'v').columns.map((c) => c.key),
    ).not.toContain('inwoners');
  });
});

describe('compareSuggestions', () => {
  const c = (slug: string, provincie: string, inwoners2024: number, hasAmounts: boolean) => ({
    slug,
    naam: slug.toUpperCase(),
    provincie,
    inwoners2024,
    hasAmounts,
  });
  const self = c('self', 'P', 40_000, false);
  test('offers only gemeenten with amounts, similar ones first, then the nearest in population', () => {
    const all = [
      self,
      c('similar-no-data', 'P', 41_000, false),
      c('similar-data', 'P', 30_000, true),
      c('far-data', 'Q', 45_000, true),
      c('farther-data', 'Q', 400_000, true),
    ];
    expect(compareSuggestions(self, all, 3).map((s) => s.slug)).toEqual(['similar-data', 'far-data', 'farther-data']);
  });
});
