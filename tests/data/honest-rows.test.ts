import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readDataDirectory } from '../../src/data/load-dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import type { DataFiles } from '../../src/data/validate-dataset';
import type { TableName } from '../../src/data/schemas/tables';

/*
 * Rows of data/ that once claimed more than their own quote (issue 23). Each check reads the CSV
 * as text and looks for the quote's own words, without the site's readers, so it cannot agree
 * with the code by construction.
 */
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(fileURLToPath(new URL(`../../data/${table}.csv`, import.meta.url)), 'utf8'), { header: true, skipEmptyLines: true }).data;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DOCUMENT_NAME = /(?:burap|berap|bestuursrapportage|perspectiefnota|kadernota|voorjaarsnota|begroting|jaarverslag|jaarrekening|circulaire)\s*$/i;

/** Where `year` stands in `text` other than right after a document's name ("1e Burap 2022"). */
const yearStated = (text: string, year: string) => [...text.matchAll(new RegExp(`(?<![\\d.])${year}(?![\\d])`, 'g'))].some((m) => !DOCUMENT_NAME.test(text.slice(0, m.index)));

describe('every row says no more than its quote', () => {
  test('a year in a year column is stated by the row’s quote, not only by a document’s name (aalsmeer-1e-burap-2022-eenmalig)', () => {
    const columns: Record<string, string[]> = {
      rijksmiddelen: ['jaar_van', 'jaar_tot'],
      toekenningen: ['jaar_van', 'jaar_tot'],
      bestedingen: ['jaar_van', 'jaar_tot'],
      verschuivingen: ['van_jaar', 'naar_jaar'],
      resultaten: ['jaar'],
    };
    const unstated = Object.entries(columns).flatMap(([table, cols]) =>
      csv(table).flatMap((row) => cols.filter((c) => row[c] && !yearStated(row.citaat ?? '', row[c])).map((c) => `${table}/${row.id} ${c} ${row[c]}`)),
    );
    expect(unstated).toEqual([]);
  });

  test('"tot 2027" is recorded as an end that leaves 2027 out, "t/m" and "2022-2027" as one that counts it (druten-tot-2027)', () => {
    let checked = 0;
    for (const table of ['rijksmiddelen', 'toekenningen', 'bestedingen']) {
      for (const row of csv(table).filter((r) => r.jaar_tot)) {
        const exclusive = new RegExp(`\\btot ${row.jaar_tot}\\b`).test(row.citaat);
        expect(row.jaar_tot_grens, `${table}/${row.id}`).toBe(exclusive ? 'tot' : 'tot en met');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(csv('toekenningen').find((r) => r.id === 'druten-tot-2027')?.jaar_tot_grens).toBe('tot');
  });

  test('a decision’s date is stated by its quote as precisely as it is recorded (enschede-2023-11-07-motie-regie)', () => {
    const besluiten = csv('besluiten');
    expect(besluiten.length).toBeGreaterThan(5);
    for (const b of besluiten) {
      const [year, month, day] = b.datum.split('-');
      const quote = b.citaat.toLowerCase();
      if (day) expect(quote, b.id).toContain(`${Number(day)} ${MONTHS[Number(month) - 1]}`);
      else if (month) expect(quote, b.id).toContain(`${MONTHS[Number(month) - 1]} ${year}`);
      // A full date's year is in the quote, or the quote says "jl." (the source's own year).
      expect(quote.includes(year) || (day !== undefined && quote.includes(' jl.')), b.id).toBe(true);
    }
    expect(besluiten.map((b) => b.id)).not.toContain('enschede-2023-11-07-motie-regie');
  });

  test('a stream is part of a total only where its quote names that total (gemeentefonds-2021-versterking-dienstverlening)', () => {
    const rows = csv('rijksmiddelen');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const parts = rows.filter((r) => r.onderdeel_van);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const total = Number(byId.get(part.onderdeel_van)!.bedrag_eur);
      const notations = [`${total / 1_000_000} miljoen`, total.toLocaleString('nl-NL')];
      expect(notations.some((n) => part.citaat.includes(n)), `${part.id}: ${notations.join(' / ')}`).toBe(true);
    }
    expect(byId.get('gemeentefonds-2021-versterking-dienstverlening')?.onderdeel_van).toBe('');
  });

  test('the Enschede 2351 rows need no quote exception: their quote carries the table’s unit', () => {
    const rows = csv('bestedingen').filter((r) => r.bron === 'enschede-bijlagen2351');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.citaat_uitzondering, row.id).toBe('');
      expect(row.citaat, row.id).toContain('(bedragen in 1.000 euro)');
      expect(row.citaat, row.id).toContain(` ${Number(row.bedrag_eur) / 1000} `);
    }
  });

  test('a search names its research round and never borrows a date: one row per gemeente per round, no date where none was recorded', () => {
    const searches = csv('onderzocht');
    const bronnen = new Map(csv('bronnen').map((b) => [b.id, b]));
    const keys = searches.map((s) => `${s.cbs_code} ${s.bron}`);
    expect(new Set(keys).size).toBe(keys.length);
    const rounds = searches.filter((s) => bronnen.get(s.bron)?.soort === 'onderzoeksnotitie');
    expect(rounds.length).toBeGreaterThan(50);
    for (const s of rounds) {
      const report = bronnen.get(s.bron)!;
      expect(report.titel, s.bron).toMatch(/zoekronde/);
      // The report of a round has no recorded date, so neither has a search in it.
      if (!report.datum) expect(s.datum, `${s.cbs_code} ${s.bron}`).toBe('');
    }
    // Three rounds, and a gemeente searched in several rounds has a row for each.
    expect(new Set(rounds.map((s) => s.bron)).size).toBe(3);
    expect(rounds.filter((s) => s.cbs_code === 'GM0362').length).toBe(3);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));

/** data/ with cells of one row changed, found by the row's first cell; the line it is on. */
async function realDataWith(table: TableName, id: string, cells: Record<string, string>): Promise<{ files: DataFiles; line: number }> {
  const files = (await readDataDirectory(`${root}data`)).files;
  const grid = Papa.parse<string[]>(Buffer.from(files[table]!).toString('utf8'), { skipEmptyLines: true }).data;
  const index = grid.findIndex((row) => row[0] === id);
  expect(index, `${id} in ${table}`).toBeGreaterThan(0);
  for (const [column, value] of Object.entries(cells)) grid[index][grid[0].indexOf(column)] = value;
  return { files: { ...files, [table]: new Uint8Array(Buffer.from(`${Papa.unparse(grid, { newline: '\n' })}\n`)) }, line: index + 1 };
}

const found = async (table: TableName, id: string, cells: Record<string, string>) => {
  const { files, line } = await realDataWith(table, id, cells);
  return { line, issues: validateDataset(files).issues.map((i) => [i.file, i.line, i.column, i.rule]) };
};

describe('the period rule on the real data', () => {
  test('rejects a year taken from a document name ("1e Burap 2022")', async () => {
    const { line, issues } = await found('bestedingen', 'aalsmeer-1e-burap-2022-eenmalig', { jaar_van: '2022', jaar_tot: '2022', jaar_tot_grens: 'tot en met' });
    expect(issues).toEqual([
      ['data/bestedingen.csv', line, 'jaar_van', 'year-in-quote'],
      ['data/bestedingen.csv', line, 'jaar_tot', 'year-in-quote'],
    ]);
  });

  test('rejects "tot 2027" recorded as t/m 2027, and an end bound without an end year', async () => {
    const tm = await found('toekenningen', 'druten-tot-2027', { jaar_tot_grens: 'tot en met' });
    expect(tm.issues).toEqual([['data/toekenningen.csv', tm.line, 'jaar_tot_grens', 'end-bound-in-quote']]);
    const open = await found('toekenningen', 'borger-odoorn-dc2021-structureel', { jaar_tot_grens: 'tot' });
    expect(open.issues).toEqual([['data/toekenningen.csv', open.line, 'jaar_tot_grens', 'end-bound']]);
  });

  test('rejects period words that are not the quote’s own', async () => {
    const { line, issues } = await found('toekenningen', 'enschede-ruim-5-miljoen', { periode_bron: 'periode niet vermeld' });
    expect(issues).toEqual([['data/toekenningen.csv', line, 'periode_bron', 'period-words-in-quote']]);
  });

  test('rejects a shift year the quote does not state', async () => {
    const { line, issues } = await found('verschuivingen', 'aalsmeer-2022-overheveling', { van_jaar: '2022' });
    expect(issues).toEqual([['data/verschuivingen.csv', line, 'van_jaar', 'year-in-quote']]);
  });

  test('rejects a decision about a request without the request’s own outcome', async () => {
    const { line, issues } = await found('besluiten', 'amstelveen-2024-05-28-ombudsman', { verzoek_uitkomst: '' });
    expect(issues).toEqual([['data/besluiten.csv', line, 'verzoek_uitkomst', 'request-outcome']]);
  });
});
