import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { Dataset } from '../../../src/data/load-dataset';
import { buildProfiles } from '../../../src/model/profile/gemeente-profile';
import { groupNationalMoney } from '../../../src/model/national/national-money';
import { summariseCoverage } from '../../../src/model/national/coverage-summary';

// The synthetic fixture set: Testdorp (GM0001), Proefstad (GM0002), Oud-Testveld (GM0003, merged into Testdorp).
const fixtures = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset(fixtures);
});

describe('buildProfiles', () => {
  test('makes one profile per gemeente, former ones included', () => {
    expect([...buildProfiles(dataset).keys()].sort()).toEqual(['GM0001', 'GM0002', 'GM0003']);
  });

  test('links a former gemeente to its successor and the successor back', () => {
    const profiles = buildProfiles(dataset);
    expect(profiles.get('GM0003')!.opgegaanIn?.cbs_code).toBe('GM0001');
    expect(profiles.get('GM0001')!.voorgangers.map((g) => g.cbs_code)).toEqual(['GM0003']);
  });

  test('marks a spending line that a newer line replaces', () => {
    const lines = buildProfiles(dataset).get('GM0001')!.bestedingen;
    expect(lines.find((b) => b.id === 'best-testdorp-team')!.vervangenDoor).toBe('best-testdorp-team-herzien');
    expect(lines.find((b) => b.id === 'best-testdorp-team-herzien')!.vervangenDoor).toBeNull();
  });

  test('lists searches newest first: the reverse of their order in onderzocht.csv', () => {
    const searches = buildProfiles(dataset)
      .get('GM0002')!
      .onderzocht.map((o) => o.datum);
    expect(searches).toEqual(['2024-10-01', '2024-09-15', '2024-05-01']);
  });

  test('gives a gemeente with only a mention the level "genoemd"', () => {
    expect(buildProfiles(dataset).get('GM0003')!.coverage).toBe('genoemd');
  });

  test('gives gemeenten with amounts the level "bedragen"', () => {
    const profiles = buildProfiles(dataset);
    expect(profiles.get('GM0001')!.coverage).toBe('bedragen');
    expect(profiles.get('GM0002')!.coverage).toBe('bedragen');
  });

  test('collects each cited source once, in order of first use', () => {
    const ids = buildProfiles(dataset).get('GM0001')!.bronIds;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('bron-testcirculaire'); // the first toekenning cites it
  });
});

describe('summariseCoverage', () => {
  test('counts only current gemeenten and names the base', () => {
    const { base, counts } = summariseCoverage(buildProfiles(dataset).values());
    expect(base).toBe(2);
    expect(counts.bedragen).toBe(2);
    expect(counts.genoemd).toBe(0); // Oud-Testveld is former: not in the base
  });
});

describe('groupNationalMoney', () => {
  test('puts each stream under the total it is part of, without summing', () => {
    const { totals, unlinked } = groupNationalMoney(dataset.rijksmiddelen);
    expect(totals).toHaveLength(1);
    expect(totals[0].total.id).toBe('rijk-testmiddelen-totaal');
    expect(totals[0].parts.map((p) => p.id).sort()).toEqual(['rijk-testmiddelen-gemeente', 'rijk-testmiddelen-opvang']);
    expect(totals[0].total.bedrag_eur).toBe(50_000_000);
    expect(unlinked.map((r) => r.id)).not.toContain('rijk-testmiddelen-totaal');
  });

  test('returns nothing for no rows', () => {
    expect(groupNationalMoney([])).toEqual({ totals: [], unlinked: [] });
  });
});
