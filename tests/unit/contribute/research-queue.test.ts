import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { Dataset } from '../../../src/data/load-dataset';
import { buildProfiles } from '../../../src/model/profile/gemeente-profile';
import { factSourceKinds, researchQueue } from '../../../src/contribute/research-queue';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const fixture = await loadDataset(VALID);

/** The fixture plus three synthetic gemeenten without facts: never searched, searched in vain, no inhabitants known. */
function withEmptyGemeenten(): Dataset {
  const gemeente = (cbs_code: string, naam: string) => ({
    ...fixture.gemeenten[0],
    cbs_code,
    naam,
    slug: naam.toLowerCase(),
    geldig_vanaf: null,
    geldig_tot: null,
    opgegaan_in: null,
  });
  return {
    ...fixture,
    gemeenten: [
      ...fixture.gemeenten,
      gemeente('GM0004', 'Klein'),
      gemeente('GM0005', 'Groot'),
      gemeente('GM0006', 'Onbekend'),
      { ...gemeente('GM0007', 'Opgeheven'), geldig_tot: '2022-12-31', opgegaan_in: 'GM0005' },
    ],
    inwoners: [
      ...fixture.inwoners,
      { cbs_code: 'GM0004', jaar: 2023, inwoners: 20000, bron: 'bron-testbureau' },
      { cbs_code: 'GM0005', jaar: 2022, inwoners: 40000, bron: 'bron-testbureau' },
      { cbs_code: 'GM0005', jaar: 2023, inwoners: 50000, bron: 'bron-testbureau' },
    ],
    onderzocht: [
      ...fixture.onderzocht,
      {
        cbs_code: 'GM0005',
        datum: '2024-06-01',
        gezocht_in: 'website gemeente Groot',
        resultaat: 'niets gevonden',
        verzoek: null,
        bron: 'bron-zoekverslag',
        opmerking: null,
      },
      // Klein: searched in vain, then asked for the documents with a Woo-verzoek, then searched again.
      {
        cbs_code: 'GM0004',
        datum: '2024-03-01',
        gezocht_in: 'website gemeente Klein',
        resultaat: 'niets gevonden',
        verzoek: null,
        bron: 'bron-zoekverslag',
        opmerking: null,
      },
      {
        cbs_code: 'GM0004',
        datum: '2024-04-01',
        gezocht_in: 'college van B&W van Klein',
        resultaat: 'opgevraagd',
        verzoek: 'woo-verzoek',
        bron: 'bron-zoekverslag',
        opmerking: null,
      },
      {
        cbs_code: 'GM0004',
        datum: '2024-06-01',
        gezocht_in: 'website gemeente Klein',
        resultaat: 'niets gevonden',
        verzoek: null,
        bron: 'bron-zoekverslag',
        opmerking: null,
      },
    ],
  } as Dataset;
}

describe('researchQueue', () => {
  test('lists current gemeenten without facts, largest first by the latest inhabitants, unknown last', () => {
    const queue = researchQueue(buildProfiles(withEmptyGemeenten()).values());
    expect(queue.map((e) => [e.naam, e.inwoners, e.inwonersJaar])).toEqual([
      ['Groot', 50000, 2023],
      ['Klein', 20000, 2023],
      ['Onbekend', null, null],
    ]);
  });

  test('says when and where a gemeente was searched without result, and that the others were never searched', () => {
    const queue = researchQueue(buildProfiles(withEmptyGemeenten()).values());
    expect(queue[0]).toMatchObject({
      level: 'niets-gevonden',
      search: { datum: '2024-06-01', waar: 'website gemeente Groot', resultaat: 'niets gevonden', verzoek: null },
    });
    expect(queue[2]).toMatchObject({ level: 'niet-onderzocht', search: null });
  });

  test('shows a gemeente whose documents were asked for as "opgevraagd", with the request, not the later search', () => {
    const queue = researchQueue(buildProfiles(withEmptyGemeenten()).values());
    expect(queue[1]).toMatchObject({
      naam: 'Klein',
      level: 'opgevraagd',
      search: { datum: '2024-04-01', resultaat: 'opgevraagd', verzoek: 'woo-verzoek' },
    });
  });

  test('leaves out gemeenten with facts (the fixture has only those)', () => {
    expect(researchQueue(buildProfiles(fixture).values())).toEqual([]);
  });
});

describe('factSourceKinds', () => {
  test('counts gemeenten per kind of document that held a fact, most first', () => {
    const kinds = factSourceKinds(fixture);
    expect(kinds.length).toBeGreaterThan(0);
    const soortOf = new Map(fixture.bronnen.map((b) => [b.id, b.soort]));
    for (const { soort, gemeenten } of kinds) {
      const codes = new Set(
        [fixture.toekenningen, fixture.bestedingen, fixture.verschuivingen, fixture.besluiten, fixture.resultaten]
          .flat()
          .filter((row) => soortOf.get(row.bron) === soort)
          .map((row) => row.cbs_code),
      );
      expect(gemeenten, soort).toBe(codes.size);
    }
    expect(kinds.map((k) => k.gemeenten)).toEqual([...kinds.map((k) => k.gemeenten)].sort((a, b) => b - a));
  });
});
