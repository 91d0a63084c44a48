import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/data/load-dataset';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = new URL('../../../shared/sources/', import.meta.url);
const readSource = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(name, sources), 'utf8'), { header: true, skipEmptyLines: true }).data;

let data: Dataset;
beforeAll(async () => {
  // Throws with every problem (file, line, column, rule) if data/ is not valid.
  data = await loadDataset(`${root}data`);
});

describe('data/', () => {
  test('holds all 342 gemeenten of 2024 with their CBS names and provinces', () => {
    const current = data.gemeenten.filter((g) => g.geldig_tot === null);
    const expected = readSource('gemeenten-2024.csv');
    const provinces = new Map(readSource('geo/gemeente_provincie_2024.csv').map((row) => [row.statcode, row.provincie]));
    expect(current).toHaveLength(342);
    expect(new Map(current.map((g) => [g.cbs_code, g.naam]))).toEqual(new Map(expected.map((row) => [row.statcode, row.statnaam])));
    for (const g of current) expect(g.provincie, g.naam).toBe(provinces.get(g.cbs_code));
  });

  test('has a former gemeente for every code a population figure uses', () => {
    const codes = new Set(data.gemeenten.map((g) => g.cbs_code));
    const missing = readSource('inwoners.csv').filter((row) => !codes.has(row.cbs_code)).map((row) => row.cbs_code);
    expect(missing).toEqual([]);
    const weesp = data.gemeenten.find((g) => g.cbs_code === 'GM0457');
    expect(weesp?.opgegaan_in).toBe('GM0363');
  });

  test('keeps every population figure of the CBS source unchanged', () => {
    const source = readSource('inwoners.csv');
    expect(data.inwoners).toHaveLength(source.length);
    const ours = new Map(data.inwoners.map((row) => [`${row.cbs_code}-${row.jaar}`, row.inwoners]));
    for (const row of source) expect(ours.get(`${row.cbs_code}-${row.jaar}`)).toBe(Number(row.inwoners));
  });

  test('gives slugs in lowercase ASCII as the URLs promise', () => {
    const slug = (code: string) => data.gemeenten.find((g) => g.cbs_code === code)?.slug;
    expect(slug('GM0796')).toBe('s-hertogenbosch');
    expect(slug('GM1900')).toBe('sudwest-fryslan');
    expect(slug('GM0518')).toBe('s-gravenhage');
  });

  test('encodes the founding facts: Amstelveen total, its decisions and its shifts', () => {
    const total = data.toekenningen.find((t) => t.cbs_code === 'GM0362' && t.bedrag_eur === 2_932_000);
    expect(total).toMatchObject({ per: 'totaal', jaar_van: 2022, jaar_tot: 2027 });
    const decision = data.besluiten.find((b) => b.id === 'amstelveen-2024-05-28-ombudsman');
    expect(decision).toMatchObject({ datum: '2024-05-28', orgaan: 'college', uitkomst: 'aangenomen', verzoeker: 'Ombudsman Metropool Amsterdam' });
    expect(data.besluiten.some((b) => b.id === 'amstelveen-2022-03-15-bestedingsplan')).toBe(true);
    const shifts = data.verschuivingen.filter((v) => v.cbs_code === 'GM0362').map((v) => [v.van_jaar, v.naar_jaar, v.bedrag_eur]);
    expect(shifts.sort()).toEqual([
      [2022, 2023, 113_000],
      [2022, 2024, 125_000],
    ]);
    expect(data.bestedingen.some((b) => b.cbs_code === 'GM0362' && b.bedrag_eur === 368_500)).toBe(true);
  });

  test('cites the founding documents by vindplaats, never by an invented URL', () => {
    const founding = data.bronnen.filter((b) => ['Gemeente Amstelveen', 'Gemeente Diemen'].includes(b.uitgever) && b.url === null);
    expect(founding.map((b) => b.soort).sort()).toEqual(['collegebesluit', 'raadsinformatiebrief']);
    for (const bron of founding) expect(bron.vindplaats).toBeTruthy();
  });

  test('records the Enschede disagreement: the newer budget lines replace the older ones', () => {
    const enschede = data.bestedingen.filter((b) => b.cbs_code === 'GM0153');
    const replacing = enschede.filter((b) => b.vervangt !== null);
    expect(replacing).toHaveLength(2);
    for (const row of replacing) {
      const older = enschede.find((b) => b.id === row.vervangt)!;
      expect(older.actielijn).toBe(row.actielijn);
      expect(older.bedrag_eur).not.toBe(row.bedrag_eur);
      expect(row.opmerking).toMatch(/vervangt/);
    }
  });

  test('never encodes hersteloperatie money for Horst aan de Maas as an amount', () => {
    const horst = 'GM1507';
    expect(data.toekenningen.filter((t) => t.cbs_code === horst)).toEqual([]);
    expect(data.bestedingen.filter((b) => b.cbs_code === horst)).toEqual([]);
  });

  test('links every national stream to a stated total and never publishes derived figures', () => {
    const ids = new Set(data.rijksmiddelen.map((r) => r.id));
    for (const row of data.rijksmiddelen) if (row.onderdeel_van) expect(ids.has(row.onderdeel_van)).toBe(true);
    const amounts = data.rijksmiddelen.map((r) => r.bedrag_eur);
    expect(amounts).not.toContain(79_000_000);
    expect(amounts).not.toContain(94_000_000);
  });

  test('gives every amount a verbatim quote', () => {
    for (const table of ['toekenningen', 'bestedingen', 'verschuivingen', 'rijksmiddelen'] as const) {
      for (const row of data[table] as { id: string; bedrag_eur: number | null; citaat: string | null }[]) {
        if (row.bedrag_eur !== null) expect(row.citaat, `${table} ${row.id}`).toBeTruthy();
      }
    }
  });
});

describe('the corrections of the audit (issue 12), each with its source\'s words', () => {
  const row = <T extends { id: string }>(rows: T[], id: string) => {
    const found = rows.find((r) => r.id === id);
    expect(found, id).toBeDefined();
    return found!;
  };

  test('Diemen 2022: a decision to spend, not proof of spending', () => {
    const diemen = row(data.bestedingen, 'diemen-2022-bestaanszekerheid-steunimpuls');
    expect(diemen.fase).toBe('gepland');
    expect(diemen.citaat).toContain('In 2022 is besloten de middelen in te zetten');
  });

  test('Borger-Odoorn incidenteel: no years the page does not state, and the page\'s own words on the NUW reserve', () => {
    const borger = row(data.toekenningen, 'borger-odoorn-dc2021-incidenteel');
    expect([borger.jaar_van, borger.jaar_tot]).toEqual([null, null]);
    expect(borger.periode_bron).toBe('incidenteel');
    expect(borger.citaat).toContain('Het restant van € 323.000 komt uit de Reserve Nog uit te voeren Werken (NUW) van de jaarstukken 2021');
    expect(borger.opmerking).toContain('Het restant van € 323.000');
  });

  test('rechtsbescherming: a range, and the sources that disagree each with its own quote', () => {
    const rows = data.rijksmiddelen.filter((r) => r.stroom.startsWith('rechtsbescherming kwetsbare inwoners'));
    expect(rows.map((r) => r.bron).sort()).toEqual(['divosa-geen-bestaanszekerheid-zonder-rechtszekerheid', 'divosa-rechtsbescherming-kwetsbare-inwoners', 'sociaalwerknederland-robuuste-rechtsbescherming']);
    for (const r of rows) expect([r.bedrag_min, r.bedrag_max, r.bedrag_precisie, r.bedrag_eur]).toEqual([23_000_000, 25_000_000, 'bandbreedte', null]);
    expect(row(data.rijksmiddelen, 'rechtsbescherming-kwetsbare-inwoners')).toMatchObject({ jaar_van: 2022, onderdeel_van: null });
    expect(row(data.rijksmiddelen, 'rechtsbescherming-divosa-vanaf-2021')).toMatchObject({ jaar_van: 2021, onderdeel_van: null });
    expect(row(data.rijksmiddelen, 'rechtsbescherming-divosa-vanaf-2021').citaat).toContain('vanaf 2021 jaarlijks 23 tot 25 miljoen euro');
    const swn = row(data.rijksmiddelen, 'rechtsbescherming-swn-deel-van-150-miljoen');
    expect(swn).toMatchObject({ jaar_van: null, onderdeel_van: 'pok-totaal-2021-2027' });
    expect(swn.citaat).toBe('Voor gemeenten is jaarlijks € 150 miljoen beschikbaar, waarvan € 23 - € 25 miljoen voor Robuuste rechtsbescherming.');
    expect(row(data.bronnen, 'sociaalwerknederland-robuuste-rechtsbescherming').primair).toBe(false);
  });

  test('the VNG support budget is a stated maximum', () => {
    const budget = row(data.rijksmiddelen, 'ondersteuningsbudget-per-gemeente-2022-2023');
    expect(budget).toMatchObject({ bedrag_eur: 10_000, bedrag_precisie: 'maximaal' });
    expect(budget.citaat).toContain('tot maximaal € 10.000');
  });

  test('the € 150 miljoen comes from the VNG, not from a Rijk document', () => {
    const total = row(data.rijksmiddelen, 'pok-totaal-2021-2027');
    expect(row(data.bronnen, total.bron).uitgever).toBe('VNG');
  });

  test('the 2025 population source says what was checked and what was not, with no working note', () => {
    const bron = row(data.bronnen, 'cbs-bevolking-2025');
    expect(bron.opmerking).not.toMatch(/Controleer/);
    expect(bron.opmerking).toContain('Niet gecontroleerd');
    // The check the label claims: the sum is exactly the CBS national total on 1 January 2025.
    const sum = data.inwoners.filter((i) => i.jaar === 2025).reduce((total, i) => total + i.inwoners, 0);
    expect(sum).toBe(18_044_027);
    expect(bron.opmerking).toContain('18.044.027');
  });

  test("Zwolle's begroting 2024: the programmaplan financed with the POK money, no amount, no invented date", () => {
    const zwolle = row(data.bestedingen, 'zwolle-begroting-2024-programmaplan-menselijke-maat');
    expect(zwolle).toMatchObject({ cbs_code: 'GM0193', jaar_van: 2024, jaar_tot: 2027, bedrag_eur: null, bron: 'zwolle-begroting-2024-dienstverlening' });
    expect(zwolle.citaat).toContain('Dit programma financieren we met de beschikbare POK-middelen.');
    const bron = row(data.bronnen, 'zwolle-begroting-2024-dienstverlening');
    expect(bron).toMatchObject({ datum: null, url: 'https://zwolle.begroting-2024.nl/p43885/doel-8-2-1-dienstverlening', primair: true });
  });
});
