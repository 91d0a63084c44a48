import { describe, expect, test } from 'vitest';
import { aimLanes, amountLabel, moneyLanes, shiftItems } from '../../../../src/charts/lanes/money-lanes';
import type { SpendingRow } from '../../../../src/charts/lanes/input';
import { moneySummary } from '../../../../src/charts/lanes/summaries';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const spend = (over: Partial<SpendingRow>): SpendingRow => ({
  id: 's',
  jaar_van: 2023,
  jaar_tot: 2024,
  per: 'jaar',
  bedrag_eur: 48_000,
  bedrag_precisie: 'exact',
  bron: 'b',
  fase: 'begroot',
  doel: null,
  maatregel: 'm',
  ouderStuk: null,
  ...over,
});

describe('amountLabel', () => {
  test('a multi-year total says it is a total for the period', () => {
    expect(
      nb(
        amountLabel({
          id: 't',
          jaar_van: 2022,
          jaar_tot: 2027,
          per: 'totaal',
          bedrag_eur: 2_932_000,
          bedrag_precisie: 'exact',
          bron: 'b',
        }),
      ),
    ).toBe('€ 2.932.000 in totaal 2022 t/m 2027');
  });
  test('a missing amount reads "niet gemeld"', () => {
    expect(
      amountLabel({
        id: 't',
        jaar_van: 2022,
        jaar_tot: 2022,
        per: null,
        bedrag_eur: null,
        bedrag_precisie: null,
        bron: 'b',
      }),
    ).toBe('niet gemeld');
  });
});

describe('shiftItems', () => {
  test('a shift is minus in the year it left and plus in the year it went to', () => {
    const [out, into] = shiftItems({ id: 'v', van_jaar: 2022, naar_jaar: 2023, bedrag_eur: 113_000, bron: 'b' });
    expect([out.from, out.amount]).toEqual([2022, -113_000]);
    expect([into.from, into.amount]).toEqual([2023, 113_000]);
  });
  test('a shift without target year has an unknown year for the plus side', () => {
    const [, into] = shiftItems({ id: 'v', van_jaar: 2022, naar_jaar: null, bedrag_eur: 82_500, bron: 'b' });
    expect(into.from).toBeNull();
  });
});

describe('moneyLanes', () => {
  test('empty input gives no lanes', () => {
    expect(moneyLanes({ toekenningen: [], current: [], verschuivingen: [] })).toEqual([]);
  });
  test("fases get their own lanes (which lines are current is the model's: see year-versions.test.ts)", () => {
    const lanes = moneyLanes({
      toekenningen: [],
      current: [spend({ id: 'new' }), spend({ id: 'done', fase: 'besteed' })],
      verschuivingen: [],
    });
    expect(lanes.map((l) => [l.key, l.items.map((i) => i.id)])).toEqual([
      ['begroot', ['new']],
      ['besteed', ['done']],
    ]);
  });
});

describe('aimLanes', () => {
  test('always has the four aims and "niet in te delen", even with no lines', () => {
    const lanes = aimLanes([], (a) => a);
    expect(lanes.map((l) => l.key)).toEqual(['capaciteit', 'ondersteuning', 'coordinatie', 'leervermogen', 'geen']);
    expect(lanes.every((l) => l.items.length === 0)).toBe(true);
  });
  test('an aim with lines in two fases gets one lane per fase', () => {
    const lanes = aimLanes(
      [spend({ id: 'a', doel: 'leervermogen' }), spend({ id: 'b', doel: 'leervermogen', fase: 'besteed' })],
      (a) => a,
    );
    expect(lanes.filter((l) => l.key.startsWith('leervermogen')).map((l) => [l.key, l.label])).toEqual([
      ['leervermogen-begroot', 'leervermogen: begroot'],
      ['leervermogen-besteed', 'leervermogen: besteed'],
    ]);
  });
});

describe('moneySummary', () => {
  test('names the shifts as in the source (Amstelveen, 2e burap 2022)', () => {
    const text = nb(
      moneySummary('Amstelveen', {
        toekenningen: [],
        current: [],
        verschuivingen: [
          { id: 'a', van_jaar: 2022, naar_jaar: 2023, bedrag_eur: 113_000, bron: 'b' },
          { id: 'b', van_jaar: 2022, naar_jaar: 2024, bedrag_eur: 125_000, bron: 'b' },
        ],
      }),
    );
    expect(text).toBe('Amstelveen verschoof in 2022 € 113.000 naar 2023 en € 125.000 naar 2024.');
  });
  test('names the body that says what the Rijk gave (issue 12: never "het Rijk" by default)', () => {
    const toekenning = {
      id: 't',
      jaar_van: null,
      jaar_tot: null,
      periode_bron: 'periode niet vermeld',
      per: 'totaal' as const,
      bedrag_eur: 5_000_000,
      bedrag_precisie: 'minimaal' as const,
      bron: 'cda',
    };
    const text = nb(
      moneySummary('Enschede', { toekenningen: [toekenning], current: [], verschuivingen: [] }, (id) =>
        id === 'cda' ? 'CDA Enschede' : undefined,
      ),
    );
    expect(text).toBe(
      'Volgens CDA Enschede gaf het Rijk Enschede ruim € 5.000.000 in totaal ("periode niet vermeld").',
    );
  });
  test('says so when nothing is known', () => {
    expect(moneySummary('X', { toekenningen: [], current: [], verschuivingen: [] })).toBe(
      'Voor X is geen bedrag bekend.',
    );
  });
});
