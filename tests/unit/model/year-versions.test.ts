import { describe, expect, test } from 'vitest';
import { replacements, runsOf, yearsOf } from '../../../src/model/profile/year-versions';
import type { VersionedRow } from '../../../src/model/profile/year-versions';
import { carriedForward, shortTitle } from '../../../src/model/profile/carried-forward';
import { moneyItem } from '../../../src/charts/lanes/money-lanes';
import { currentSpending, versionNote, whollyReplaced } from '../../../src/model/profile/current-spending';

const row = (id: string, from: number | null, to: number | null, vervangt: string | null = null): VersionedRow => ({
  id,
  jaar_van: from,
  jaar_tot: to,
  vervangt,
});

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
    const partly = {
      id: 'old',
      jaar_van: 2023,
      jaar_tot: 2024,
      ...base,
      vervangenDoor: 'new',
      vervanging: { by: 'new', years: [2024], remaining: [2023], whole: false },
    };
    const wholly = {
      id: 'gone',
      jaar_van: 2024,
      jaar_tot: 2024,
      ...base,
      vervangenDoor: 'new',
      vervanging: { by: 'new', years: [2024], remaining: [], whole: true },
    };
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
    expect(
      carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'jaar', periode_bron: 'structureel', bron: 'b' }, titel),
    ).toEqual({ from: 2023, label: 'structureel volgens de 1e bestuursrapportage 2022' });
  });
  test('a stated range or a period amount carries nothing forward', () => {
    expect(
      carriedForward({ jaar_van: 2022, jaar_tot: 2027, per: 'jaar', periode_bron: 'structureel', bron: 'b' }, titel),
    ).toBeNull();
    expect(
      carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'jaar', periode_bron: 'tot 2027', bron: 'b' }, titel),
    ).toBeNull();
    expect(
      carriedForward({ jaar_van: 2022, jaar_tot: null, per: 'totaal', periode_bron: 'structureel', bron: 'b' }, titel),
    ).toBeNull();
  });
  test('each carried year says so on its own bar, and the chart data says why', () => {
    const row = {
      id: 't',
      jaar_van: 2022,
      jaar_tot: null,
      per: 'jaar' as const,
      bedrag_eur: 109_000,
      bedrag_precisie: 'exact' as const,
      bron: 'b',
      doorgetrokken: { from: 2023, label: 'structureel volgens de 1e bestuursrapportage 2022' },
    };
    const item = moneyItem({ ...row, toelichting: versionNote(row) }, 'toekenning');
    expect(Object.keys(item.yearLabels!).map(Number)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(item.yearLabels![2025]).toMatch(/\(structureel\)$/);
    expect(item.note).toBe(
      '2022 staat in de bron; vanaf 2023: structureel volgens de 1e bestuursrapportage 2022 (geen eindjaar genoemd)',
    );
  });
});
