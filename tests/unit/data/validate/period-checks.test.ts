import Papa from 'papaparse';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { datesInText, periodYears, yearsInText } from '../../../../src/data/validate/dutch-periods';
import { readDataDirectory } from '../../../../src/data/load-dataset';
import { validateDataset } from '../../../../src/data/validate-dataset';
import type { DataFiles } from '../../../../src/data/validate-dataset';
import type { TableName } from '../../../../src/data/schemas/tables';

const years = (text: string) => yearsInText(text).map((y) => [y.year, y.documentName, y.bound]);

describe('years in a Dutch quote', () => {
  test('reads a range, an inclusive and an exclusive end', () => {
    expect(years('Het Rijk kent voor de periode 2022-2027 alle uitvoeringsorganisaties budget toe')).toEqual([
      [2022, false, null],
      [2027, false, 'tot en met'],
    ]);
    expect(years('in elk geval voor de periode 2021 tot en met 2027')).toEqual([
      [2021, false, null],
      [2027, false, 'tot en met'],
    ]);
    expect(years('ontvangt van het Rijk tot 2027 jaarlijks bijna een ton extra')).toEqual([[2027, false, 'tot']]);
    expect(years('t/m 2027')).toEqual([[2027, false, 'tot en met']]);
  });

  test('does not count a year that is part of a document name as a year of the amount', () => {
    expect(years('In de 1e Burap 2022 is hiervoor eenmalig € 126.500 toegekend')).toEqual([[2022, true, null]]);
    expect(years('In de Perspectiefnota 2023 is hiervoor eenmalig € 368.500 toegekend')).toEqual([[2023, true, null]]);
    expect(years('(decembercirculaire 2021 en meicirculaire 2022)')).toEqual([
      [2021, true, null],
      [2022, true, null],
    ]);
    expect(periodYears('Gelijktijdig met deze begroting 2024 leggen we het programmaplan Menselijke maat 2024-2027 voor').map((y) => y.text)).toEqual(['2024', '2024-2027']);
  });

  test('reads table column headings, and no amount as a year', () => {
    expect(periodYears('(bedragen in 1.000 euro) 2024 2025 2026 2027 [...] actielijn 2 Rechtsbescherming 235 235 235').map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(yearsInText('een budget van in totaal € 2.932.000 en 2025,5 en 12024')).toEqual([]);
  });

  test('reads dates as precisely as the words give them', () => {
    expect(datesInText('Behandeld in B&W-vergadering: 28 mei 2024.').map((d) => d.iso)).toEqual(['2024-05-28']);
    expect(datesInText('De gemeenteraad heeft in juni 2024 het programmaplan goedgekeurd.').map((d) => d.iso)).toEqual(['2024-06']);
    expect(datesInText('Tijdens de raadsvergadering op 7 november jl. is het plan goedgekeurd').map((d) => d.iso)).toEqual(['--11-07']);
    expect(datesInText('Op die manier kunnen mei-gezinnen bereikt worden')).toEqual([]);
  });
});

const root = fileURLToPath(new URL('../../../../', import.meta.url));

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
