import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/data/load-dataset';
import { buildProfiles } from '../../src/model/profile/gemeente-profile';
import { buildCompareData } from '../../src/model/compare-data';
import { amountRows } from '../../src/charts/compare/amounts';
import type { CompareState } from '../../src/model/compare-state';
import { yearsOf } from '../../src/model/profile/year-versions';
import { sourceCounts, sourcesSentence } from '../../src/model/bronnen/source-standing';
import { citationsBySource } from '../../src/model/bronnen/citations';
import { decisionFilters, newestFirst } from '../../src/model/besluiten/decision-index';
import { disagreeingStreams } from '../../src/model/national/disagreements';
import { nationalMoneyChart } from '../../src/charts/national-money/spec';
import { aimsAcrossChart } from '../../src/charts/count-bars/spec';
import { buildSiteModel } from '../../src/model/site-model';
import type { SiteModel } from '../../src/model/site-model';
import { similarGemeenten, sizeClass } from '../../src/model/similar';
import { quoteExceptions } from '../../src/data/validate/check-quotes';
import { amountsInQuote, matchAmount } from '../../src/data/validate/dutch-amounts';
import { readDataDirectory } from '../../src/data/load-dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import type { DataFiles } from '../../src/data/validate-dataset';
import type { TableName } from '../../src/data/schemas/tables';

/*
 * The one test that reads the real data/ (every unit test uses tests/fixtures/): what data/ must
 * hold, checked against CBS reference copies in tests/fixtures/reference/, and what the model and
 * charts make of it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = new URL('../fixtures/reference/', import.meta.url);
const readSource = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(name, sources), 'utf8'), { header: true, skipEmptyLines: true }).data;

let data: Dataset;
let dataset: Dataset;
let site: SiteModel;
let model: SiteModel;
beforeAll(async () => {
  // Throws with every problem (file, line, column, rule) if data/ is not valid.
  data = await loadDataset(`${root}data`);
  dataset = data;
  site = buildSiteModel(dataset, [], []);
  model = site;
});
/** A source as the compare data names it; its fields do not matter here. */
const source = (id: string) => ({ titel: id, href: `/bronnen/${id}/`, url: null, vindplaats: null, warning: null });

describe('data/', () => {
  test('holds all 342 gemeenten of 2024 with their CBS names and provinces', () => {
    const current = data.gemeenten.filter((g) => g.geldig_tot === null);
    const expected = readSource('gemeenten-2024.csv');
    const provinces = new Map(readSource('gemeente_provincie_2024.csv').map((row) => [row.statcode, row.provincie]));
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
    expect(decision).toMatchObject({ datum: '2024-05-28', orgaan: 'college', uitkomst: 'aangenomen', verzoek_uitkomst: 'afgewezen', verzoeker: 'Ombudsman Metropool Amsterdam' });
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

describe('per-year versions on the real data', () => {
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

describe('claims about the sources, counted from the data', () => {
  test('the footer counts the amounts whose source has no public address, and the secondary ones', () => {
    const counts = sourceCounts(dataset);
    // Counted here by hand from data/ rather than by the function under test.
    const amountRows = [...dataset.rijksmiddelen, ...dataset.toekenningen, ...dataset.bestedingen.filter((b) => b.bedrag_eur !== null), ...dataset.verschuivingen];
    const noUrl = new Set(dataset.bronnen.filter((b) => b.url === null).map((b) => b.id));
    expect(counts.amounts).toBe(amountRows.length);
    expect(counts.amountsNotPublic).toBe(amountRows.filter((r) => noUrl.has(r.bron)).length);
    expect(counts.amountsNotPublic).toBeGreaterThan(0);
    expect(counts.sources - counts.publicSources).toBe(noUrl.size);
    const sentence = sourcesSentence(counts);
    expect(sentence).toContain(`Van de ${amountRows.length} bedragen`);
    expect(sentence).not.toMatch(/Elk bedrag .* openbaar document/);
  });

  test('the national chart names the VNG as the body that states € 150.000.000', () => {
    const chart = nationalMoneyChart(site);
    expect(chart.summary).toMatch(/^De VNG noemt € 150\.000\.000 per jaar/);
    expect(chart.summary).not.toContain('Het Rijk noemt');
  });

  test('aims are counted apart by who named them, on the base of gemeenten with plans', () => {
    const chart = aimsAcrossChart(site);
    const withPlans = new Set(dataset.bestedingen.map((b) => b.cbs_code)).size;
    expect(chart.rows.every((r) => r.basis === withPlans)).toBe(true);
    expect(withPlans).toBeLessThan(342);
    const leervermogen = chart.rows.filter((r) => String(r.doel).startsWith('Versterken van het leervermogen'));
    expect(leervermogen.map((r) => [r.door, r.gemeenten])).toEqual([
      ['bron', 0],
      ['redactie', new Set(dataset.bestedingen.filter((b) => b.doel === 'leervermogen').map((b) => b.cbs_code)).size],
    ]);
    expect(chart.summary).toContain(`van ${withPlans} gemeenten`);
    expect(chart.summary).not.toContain('van 342 gemeenten)');
  });

  test('sources that disagree about the same money are shown beside each other, each stream once', () => {
    const streams = disagreeingStreams(dataset.rijksmiddelen);
    const rechtsbescherming = streams.filter((s) => s.rows.some((r) => r.id === 'rechtsbescherming-kwetsbare-inwoners'));
    expect(rechtsbescherming).toHaveLength(1);
    expect(rechtsbescherming[0].rows.map((r) => r.id).sort()).toEqual(['rechtsbescherming-divosa-vanaf-2021', 'rechtsbescherming-kwetsbare-inwoners', 'rechtsbescherming-swn-deel-van-150-miljoen']);
    expect(streams.some((s) => s.rows.some((r) => r.id === 'pok-totaal-2021-2027'))).toBe(false);
  });
});

describe('the source and decision pages', () => {
  test('every row that cites a source is listed on its page, the decisions newest first', () => {
    const citations = citationsBySource(dataset);
    const cited = (table: keyof Dataset, rows: { bron: string }[]) => rows.length === [...citations.values()].flat().filter((c) => c.table === table).length;
    expect(cited('toekenningen', dataset.toekenningen)).toBe(true);
    expect(cited('bestedingen', dataset.bestedingen)).toBe(true);
    expect(cited('besluiten', dataset.besluiten)).toBe(true);
    expect(cited('inwoners', dataset.inwoners)).toBe(true);
    const diemen = citations.get('diemen-raadsinformatiebrief-pok-2023-2027')!;
    expect(diemen.find((c) => c.table === 'besluiten')).toMatchObject({ href: '/besluiten/diemen-2022-12-20-bestedingsplan/', label: expect.stringContaining('20 december 2022') });
    expect(diemen.filter((c) => c.table === 'bestedingen').every((c) => c.href.startsWith('/gemeenten/diemen/#besteding-'))).toBe(true);
  });

  test('decisions are filtered by gemeente, body, outcome and year, newest first within each', () => {
    const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
    const filters = decisionFilters(dataset.besluiten, (code) => gemeenten.get(code)!, { body: (b) => b });
    const enschede = filters.gemeente.find((f) => f.key === 'enschede')!;
    expect(enschede.anchor).toBe('gemeente-enschede');
    expect(enschede.decisions.map((b) => b.id)).toEqual(['enschede-2023-11-07-bestedingsplan', 'enschede-2023-motie-regie']);
    expect(filters.jaar.map((f) => f.key)).toEqual(['2024', '2023', '2022']);
    expect(filters.uitkomst.find((f) => f.key === 'voorgesteld')!.decisions.map((b) => b.id)).toEqual(['dordrecht-2022-09-06-sociaal-wijkteam']);
    // A decision about a request is filed under what became of the request, not under "aangenomen".
    expect(filters.uitkomst.find((f) => f.key === 'verzoek-afgewezen')!.decisions.map((b) => b.id)).toEqual(['amstelveen-2024-05-28-ombudsman']);
    expect(filters.uitkomst.find((f) => f.key === 'aangenomen')!.decisions.map((b) => b.id)).not.toContain('amstelveen-2024-05-28-ombudsman');
    for (const kind of ['gemeente', 'orgaan', 'uitkomst', 'jaar'] as const) expect(filters[kind].reduce((n, f) => n + f.decisions.length, 0)).toBe(dataset.besluiten.length);
    const dates = newestFirst(dataset.besluiten).map((b) => b.datum);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the similar gemeenten on the real data', () => {
  test('the similar-gemeenten section of a page equals the rule applied to that gemeente alone', () => {
    const [code, section] = [...model.similar].find(([, s]) => s.similar.length >= 2)!;
    const profile = model.profiles.get(code)!;
    const inwoners = profile.inwoners.find((i) => i.jaar === 2024)!.inwoners;
    const others = [...model.profiles.values()]
      .filter((p) => p.gemeente.geldig_tot === null)
      .map((p) => ({ slug: p.gemeente.slug, naam: p.gemeente.naam, provincie: p.gemeente.provincie, inwoners2024: p.inwoners.find((i) => i.jaar === 2024)?.inwoners ?? null }));
    const expected = similarGemeenten({ slug: profile.gemeente.slug, naam: profile.gemeente.naam, provincie: profile.gemeente.provincie, inwoners2024: inwoners }, others);
    expect(section.similar.map((s) => s.slug)).toEqual(expected.map((s) => s.slug));
    expect(section.sizeLabel).toBe(sizeClass(inwoners)!.label);
    expect(section.compareLink).toMatch(new RegExp(`^/vergelijk/\\?.*${profile.gemeente.slug}`));
    for (const s of section.similar) expect(s.provincie).toBe(profile.gemeente.provincie);
  });
});

/** data/ with one cell of one row changed, found by the row's id; the line it is on. */
async function realDataWith(table: TableName, id: string, column: string, value: string): Promise<{ files: DataFiles; line: number }> {
  const files = (await readDataDirectory(`${root}data`)).files;
  const grid = Papa.parse<string[]>(Buffer.from(files[table]!).toString('utf8'), { skipEmptyLines: true }).data;
  const index = grid.findIndex((cells) => cells[0] === id);
  expect(index, `${id} in ${table}`).toBeGreaterThan(0);
  grid[index][grid[0].indexOf(column)] = value;
  // No cell of data/ spans lines, so the row's index is its line number minus one.
  return { files: { ...files, [table]: new Uint8Array(Buffer.from(`${Papa.unparse(grid, { newline: '\n' })}\n`)) }, line: index + 1 };
}

describe('the build on the real data', () => {
  test('accepts data/ as it is, and checks every amount against its quote (no exception needed)', async () => {
    const { issues, tables } = validateDataset((await readDataDirectory(`${root}data`)).files);
    expect(issues).toEqual([]);
    // The enschede-2351 rows once claimed their table had no unit; its header says "(bedragen in 1.000 euro)".
    const exceptions = quoteExceptions({ bestedingen: tables.bestedingen.map(({ row }) => row) });
    expect(exceptions.map((e) => e.id)).toEqual([]);
  });

  test('sees the Enschede 2351 table cells as thousands, from the header the quote now includes', async () => {
    const { tables } = validateDataset((await readDataDirectory(`${root}data`)).files);
    const rows = tables.bestedingen.map(({ row }) => row).filter((row) => row.bron === 'enschede-bijlagen2351');
    expect(rows.length).toBe(2);
    for (const row of rows) {
      const stated = amountsInQuote(row.citaat!).filter((m) => matchAmount(row.bedrag_eur!, m));
      expect(stated.length, row.id).toBeGreaterThan(0);
      expect(stated.every((m) => m.values[0] * 1000 === row.bedrag_eur), row.id).toBe(true);
    }
  });

  test('rejects Amstelveen’s 2932000 changed into 2933000 at its line', async () => {
    const { files, line } = await realDataWith('toekenningen', 'amstelveen-pok-2022-2027', 'bedrag_eur', '2933000');
    const { issues } = validateDataset(files);
    expect(issues.map((i) => [i.file, i.line, i.column, i.rule, i.value])).toEqual([['data/toekenningen.csv', line, 'bedrag_eur', 'amount-in-quote', '2933000']]);
    expect(issues[0].message).toContain('2.932.000');
  });

  test('rejects a changed table cell amount under "x 1.000 euro"', async () => {
    const { files, line } = await realDataWith('verschuivingen', 'amstelveen-2022-naar-2024', 'bedrag_eur', '126000');
    const { issues } = validateDataset(files);
    expect(issues.map((i) => [i.file, i.line, i.column, i.rule])).toEqual([['data/verschuivingen.csv', line, 'bedrag_eur', 'amount-in-quote']]);
  });

  test("rejects Emmen's \"zo'n 460.000\" marked exact, at its line", async () => {
    const { files, line } = await realDataWith('toekenningen', 'emmen-komende-vier-jaar', 'bedrag_precisie', 'exact');
    const { issues } = validateDataset(files);
    expect(issues.map((i) => [i.file, i.line, i.column, i.rule, i.value])).toEqual([['data/toekenningen.csv', line, 'bedrag_precisie', 'precision-in-quote', 'exact']]);
  });

  test('rejects Enschede\'s "ruim 5 miljoen" marked exact', async () => {
    const { files, line } = await realDataWith('toekenningen', 'enschede-ruim-5-miljoen', 'bedrag_precisie', 'exact');
    const { issues } = validateDataset(files);
    expect(issues.map((i) => [i.file, i.line, i.column, i.rule])).toEqual([['data/toekenningen.csv', line, 'bedrag_precisie', 'precision-in-quote']]);
    expect(issues[0].message).toContain('minimaal');
  });
});
