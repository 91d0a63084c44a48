import Papa from 'papaparse';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { amountsInQuote, matchAmount, statedPrecision } from '../../../../src/data/validate/dutch-amounts';
import { quoteExceptions } from '../../../../src/data/validate/check-quotes';
import { readDataDirectory } from '../../../../src/data/load-dataset';
import { validateDataset } from '../../../../src/data/validate-dataset';
import type { DataFiles } from '../../../../src/data/validate-dataset';
import type { TableName } from '../../../../src/data/schemas/tables';

/** How the text states `amount`: the precision its words give, or null when it does not state it. */
function stated(text: string, amount: number): string | null {
  for (const mention of amountsInQuote(text)) {
    const how = matchAmount(amount, mention);
    if (how) return statedPrecision(mention, how);
  }
  return null;
}

describe('amounts in a Dutch quote', () => {
  test('reads the notations the sources use', () => {
    expect(stated('een budget van in totaal € 2.932.000 (decembercirculaire 2021)', 2_932_000)).toBe('exact');
    expect(stated('7 Versterking dienstverlening incidenteel 151.000', 151_000)).toBe('exact');
    expect(stated('Het geld, een bedrag van 92.000 euro', 92_000)).toBe('exact');
    expect(stated('In totaal is per jaar €150 miljoen beschikbaar', 150_000_000)).toBe('exact');
    expect(stated('SYNTHETISCH: 2932000 euro', 2_932_000)).toBe('exact');
  });

  test('does not read a changed amount as stated', () => {
    expect(stated('een budget van in totaal € 2.932.000', 2_933_000)).toBeNull();
    expect(stated('een budget van in totaal € 2.932.000', 2_932)).toBeNull();
    expect(stated('(bedragen in 1.000 euro) 2023 2024 [...] actielijn 2 Rechtsbescherming 48 48', 49_000)).toBeNull();
  });

  test('reads a table cell under a stated unit as thousands, and only then', () => {
    expect(stated('(bedragen in 1.000 euro) 2023 2024 2025 2026 [...] POK middelen, actielijn 2 Rechtsbescherming 48 48', 48_000)).toBe('exact');
    expect(stated('bedrag x 1.000 euro omschrijving 2022 2023 2024 2025 1. POK -238 113 125', 125_000)).toBe('exact');
    expect(stated('Tabel (Bedragen x € 1.000) [...] 7) Versterking dienstverlening gemeenten | 1 | 124.000', 124_000_000)).toBe('exact');
    expect(stated('POK middelen, actielijn 2 Rechtsbescherming | 235 | 235 | 235 |', 235_000)).toBeNull();
  });

  test('never reads a year as an amount, also not in thousands under a table unit', () => {
    expect(stated('SYNTHETISCH: ruim 125.000 euro per jaar (2023 t/m 2024)', 2024)).toBeNull();
    expect(stated('(bedragen in 1.000 euro) 2024 2025 2026 2027 [...] actielijn 3 Systeemleren 48 48 48', 2_024_000)).toBeNull();
    expect(stated('een bijdrage van € 2024', 2024)).toBe('exact');
    expect(stated('een bijdrage van 2024 euro', 2024)).toBe('exact');
  });

  test('gives the precision the words say', () => {
    expect(stated('waarbij Enschede ruim 5 miljoen euro ontvangt', 5_000_000)).toBe('minimaal');
    expect(stated("krijgt Emmen ook nog eens zo'n 460.000 euro per jaar", 460_000)).toBe('afgerond');
    expect(stated('krijgt Emmen circa € 460.000', 460_000)).toBe('afgerond');
    expect(stated('een ondersteuningsbudget aanvragen tot maximaal € 10.000.', 10_000)).toBe('maximaal');
    expect(stated('hoogstens € 10.000 per gemeente', 10_000)).toBe('maximaal');
    expect(stated('jaarlijks 23 tot 25 miljoen euro', 23_000_000)).toBe('bandbreedte');
    expect(stated('jaarlijks 23 tot 25 miljoen euro', 25_000_000)).toBe('bandbreedte');
    expect(stated('waarvan € 23 - € 25 miljoen voor Robuuste rechtsbescherming', 23_000_000)).toBe('bandbreedte');
  });

  test('accepts a rounded notation only as afgerond', () => {
    expect(stated('ongeveer € 2,9 miljoen', 2_932_000)).toBe('afgerond');
    expect(stated('in totaal € 2,9 miljoen', 2_932_000)).toBe('afgerond');
    expect(stated('in totaal € 2,9 miljoen', 2_900_000)).toBe('exact');
    expect(stated('in totaal € 2,9 miljoen', 3_100_000)).toBeNull();
  });
});

const root = fileURLToPath(new URL('../../../../', import.meta.url));

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
    for (const row of rows) expect(stated(row.citaat!, row.bedrag_eur!), row.id).toBe('exact');
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
