import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { replacements, runsOf, yearsOf } from '../../../src/model/profile/year-versions';
import type { VersionedRow } from '../../../src/model/profile/year-versions';
import { carriedForward, shortTitle } from '../../../src/model/profile/carried-forward';
import { moneyItem } from '../../../src/charts/lanes/money-lanes';
import { currentSpending, versionNote, whollyReplaced } from '../../../src/model/profile/current-spending';
import { loadDataset } from '../../../src/data/load-dataset';
import type { Dataset } from '../../../src/data/load-dataset';
import { buildProfiles } from '../../../src/model/profile/gemeente-profile';
import { buildCompareData } from '../../../src/model/compare-data';
import { amountRows } from '../../../src/charts/compare/layout';
import type { CompareState } from '../../../src/model/compare-state';

/** A source as the compare data names it; its fields do not matter here. */
const source = (id: string) => ({ titel: id, href: `/bronnen/${id}/`, url: null, vindplaats: null, warning: null });
const row = (id: string, from: number | null, to: number | null, vervangt: string | null = null): VersionedRow => ({ id, jaar_van: from, jaar_tot: to, vervangt });

describe('per-year versions', () => {
  test('a newer document replaces an older row only for the years both cover', () => {
    const v = replacements([row('old', 2023, 2024), row('new', 2024, 2026, 'old')]).get('old')!;
    expect(v).toEqual({ by: 'new', years: [2024], remaining: [2023], whole: false });
  });

  test('a row whose every year a newer row covers is replaced as a whole', () => {
    expect(replacements([row('old', 2024, 2025), row('new', 2023, 2027, 'old')]).get('old')!.whole).toBe(true);
  });

  test('unknown years on either side replace the whole row (nothing to compare by year)', () => {
    expect(replacements([row('old', null, null), row('new', 2024, 2026, 'old')]).get('old')!.whole).toBe(true);
    expect(replacements([row('old', 2023, 2024), row('new', null, null, 'old')]).get('old')!.whole).toBe(true);
  });

  test('a chain counts the years of every newer row', () => {
    const v = replacements([row('a', 2021, 2027), row('b', 2023, 2023, 'a'), row('c', 2025, 2026, 'b')]).get('a')!;
    expect(v.years).toEqual([2023, 2025, 2026]);
    expect(runsOf(v.remaining)).toEqual([
      [2021, 2022],
      [2024, 2024],
      [2027, 2027],
    ]);
  });

  test('an open end runs to the last year of the site', () => {
    expect(yearsOf({ jaar_van: 2025, jaar_tot: null })).toEqual([2025, 2026, 2027]);
  });

  test('the shown lines keep an older per-year amount for its other years, marked, and drop a wholly replaced one', () => {
    const base = { per: 'jaar' as const, vervangenDoor: null, vervanging: null };
    const partly = { id: 'old', jaar_van: 2023, jaar_tot: 2024, ...base, vervangenDoor: 'new', vervanging: { by: 'new', years: [2024], remaining: [2023], whole: false } };
    const wholly = { id: 'gone', jaar_van: 2024, jaar_tot: 2024, ...base, vervangenDoor: 'new', vervanging: { by: 'new', years: [2024], remaining: [], whole: true } };
    const shown = currentSpending([partly, wholly, { id: 'new', jaar_van: 2024, jaar_tot: 2026, ...base }]);
    expect(shown.map((r) => [r.id, r.jaar_van, r.jaar_tot, r.ouderStuk?.by ?? null])).toEqual([
      ['old', 2023, 2023, 'new'],
      ['new', 2024, 2026, null],
    ]);
    expect([whollyReplaced(partly), whollyReplaced(wholly)]).toEqual([false, true]);
  });
});

describe('"structureel" years carried forward', () => {
  const titel = () => '1e bestuursrapportage 2022 - Onze portemonnee - Specificatie Gemeentefonds';
  test('labels the years after the stated one with the source that says "structureel"', () => {
    expect(shortTitle(titel())).toBe('1e bestuursrapportage 2022');
    expect(carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'jaar', periode_bron: 'structureel', bron: 'b' }, titel)).toEqual({ from: 2023, label: 'structureel volgens de 1e bestuursrapportage 2022' });
  });
  test('a stated range or a period amount carries nothing forward', () => {
    expect(carriedForward({ jaar_van: 2022, jaar_tot: 2027, per: 'jaar', periode_bron: 'structureel', bron: 'b' }, titel)).toBeNull();
    expect(carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'jaar', periode_bron: 'tot 2027', bron: 'b' }, titel)).toBeNull();
    expect(carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'totaal', periode_bron: 'structureel', bron: 'b' }, titel)).toBeNull();
  });
  test('each carried year says so on its own bar, and the chart data says why', () => {
    const row = { id: 't', jaar_van: 2022, jaar_tot: null, per: 'jaar' as const, bedrag_eur: 109_000, bedrag_precisie: 'exact' as const, bron: 'b', doorgetrokken: { from: 2023, label: 'structureel volgens de 1e bestuursrapportage 2022' } };
    const item = moneyItem({ ...row, toelichting: versionNote(row) }, 'toekenning');
    expect(Object.keys(item.yearLabels!).map(Number)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(item.yearLabels![2025]).toMatch(/\(structureel\)$/);
    expect(item.note).toBe('2022 staat in de bron; vanaf 2023: structureel volgens de 1e bestuursrapportage 2022 (geen eindjaar genoemd)');
  });
});

describe('on the real data', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset(fileURLToPath(new URL('../../../data/', import.meta.url)));
  });

  test("Enschede's 2023 budget lines from bijlagen2290 stay for 2023, labelled older; 2024 on comes from bijlagen2351", () => {
    const enschede = buildProfiles(dataset).get('GM0153')!;
    const shown = enschede.current.filter((b) => b.bedrag_eur !== null);
    expect(shown.map((b) => [b.id, b.jaar_van, b.jaar_tot, b.bedrag_eur, b.ouderStuk !== null]).sort()).toEqual([
      ['enschede-2290-rechtsbescherming', 2023, 2023, 48_000, true],
      ['enschede-2290-systeemleren', 2023, 2023, 235_000, true],
      ['enschede-2351-rechtsbescherming', 2024, 2026, 235_000, false],
      ['enschede-2351-systeemleren', 2024, 2026, 48_000, false],
    ]);
    // Never both in one year: the years of the older and the newer line do not overlap.
    const years = (id: string) => shown.filter((b) => b.actielijn === id).flatMap((b) => yearsOf(b)!);
    for (const actielijn of ['actielijn 2 Rechtsbescherming', 'actielijn 3 Systeemleren']) expect(new Set(years(actielijn)).size).toBe(years(actielijn).length);
  });

  test("Enschede's 2023 is back in the compare data and counts as 'bedragen' on the home page's matrix", () => {
    const profiles = buildProfiles(dataset);
    const compare = buildCompareData(profiles.values(), 2021, 2027, source).bedragen.enschede;
    const in2023 = compare.items.filter((i) => i.from !== null && i.from <= 2023 && (i.to ?? 2027) >= 2023 && i.soort === 'besteding');
    expect(in2023.map((i) => i.id).sort()).toEqual(['enschede-2290-rechtsbescherming', 'enschede-2290-systeemleren']);
    for (const item of in2023) expect(item.toelichting).toContain('ouder stuk');
    const enschede = profiles.get('GM0153')!;
    expect(enschede.coverageYears[2023 - 2021]).toBe('bedragen');
  });

  test("Borger-Odoorn's structureel 109.000: 2022 stated, every later year labelled, also per inhabitant in the compare view", () => {
    const borger = buildProfiles(dataset).get('GM1681')!;
    const structureel = borger.toekenningen.find((t) => t.id === 'borger-odoorn-dc2021-structureel')!;
    expect(structureel.doorgetrokken).toEqual({ from: 2023, label: 'structureel volgens de 1e bestuursrapportage 2022' });
    const compare = buildCompareData([borger], 2021, 2027, source).bedragen['borger-odoorn'];
    const item = compare.items.find((i) => i.id === 'borger-odoorn-dc2021-structureel')!;
    const state: CompareState = { gemeenten: ['borger-odoorn'], maat: 'per-inwoner', van: 2021, tot: 2027 };
    const perYear = new Map(amountRows(item, compare, state).map((r) => [r.covers, r]));
    expect(perYear.get('per jaar: 2022')!.note ?? '').not.toContain('structureel');
    expect(perYear.get('per jaar: 2025')!.note).toContain('structureel');
  });
});
