import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

/*
 * The chart downloads as a spreadsheet or a script reads them: Papa with dynamic typing (as a
 * reader that guesses types does) must see every numeric column as numbers or empty cells, never
 * "niet gemeld" or display text such as "€ 109.000" or "26.049" (which reads as twenty-six).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const files = readdirSync(`${dist}grafieken`).filter((f) => f.endsWith('.csv'));

/** Columns that hold numbers by their name: amounts in euro, years, counts. */
const NUMERIC_NAME = /(^|_)(eur|jaar|jaar_van|jaar_tot|van_jaar|naar_jaar|inwoners|gemeenten|basis)$/;
/** Display text is allowed only in a column named for display. */
const DISPLAY_NAME = /_weergave$/;
// A date is text as precise as its source: "2023-11-07", "2024-06" or "2023" (not a number, even when it looks like one).
const DATE_NAME = /(^|_)datum$/;

function parse(text: string, delimiter = ',') {
  const result = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return { columns: result.meta.fields ?? [], rows: result.data };
}

describe('chart CSV downloads', () => {
  test('there are chart CSVs for national, map, compare and gemeente charts', () => {
    for (const name of [
      'rijksgeld-per-jaar.csv',
      'kaart-per-inwoner.csv',
      'vergelijk-standaard-absoluut.csv',
      'amstelveen-geld-per-jaar.csv',
      'druten-geld-per-jaar.csv',
      'amstelveen-doelen.csv',
    ])
      expect(files).toContain(name);
  });

  test.each(files)(
    '%s: numeric columns parse as numbers (or are empty); display text only in a _weergave column',
    (file) => {
      const { columns, rows } = parse(readFileSync(`${dist}grafieken/${file}`, 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      for (const column of columns) {
        const cells = rows.map((row) => row[column]).filter((value) => value !== null && value !== '');
        if (DISPLAY_NAME.test(column)) continue;
        const numbers = cells.filter((value) => typeof value === 'number');
        // A column is numeric by its name, or because it holds any number at all: then every cell must be one.
        if (!DATE_NAME.test(column) && (NUMERIC_NAME.test(column) || numbers.length > 0)) {
          expect(
            cells.filter((value) => typeof value !== 'number'),
            `${file} ${column}`,
          ).toEqual([]);
        }
        for (const value of cells) {
          expect(String(value), `${file} ${column}`).not.toMatch(/€|inw\.|^\d{1,3}(\.\d{3})+$/);
        }
      }
    },
  );

  test('amounts the source does not give are empty, with the status in its own column', () => {
    const { rows } = parse(readFileSync(`${dist}grafieken/amstelveen-geld-per-jaar.csv`, 'utf8'));
    const missing = rows.filter((row) => row.bedrag_status === 'niet gemeld');
    expect(missing.length).toBeGreaterThan(0);
    for (const row of missing) expect(row.bedrag_eur).toBeNull();
    for (const row of rows.filter((r) => r.bedrag_status === 'gemeld')) expect(typeof row.bedrag_eur).toBe('number');
  });

  test('the allocation map: amount, population and per inhabitant as numbers, and the text as shown in its own column', () => {
    const { rows } = parse(readFileSync(`${dist}grafieken/kaart-per-inwoner.csv`, 'utf8'));
    for (const row of rows) {
      expect(Number.isInteger(row.toegekend_per_jaar_eur)).toBe(true);
      expect(Number.isInteger(row.inwoners)).toBe(true);
      // The ratio of the two numbers of the same row, to the cent.
      expect(row.per_inwoner_eur).toBeCloseTo((row.toegekend_per_jaar_eur as number) / (row.inwoners as number), 2);
      expect(String(row.per_inwoner_weergave)).toMatch(/€/);
    }
  });

  test('the comparison per inhabitant: the value per inhabitant, the inhabitants and the year of that count as numbers, the text beside them', () => {
    const { columns, rows } = parse(readFileSync(`${dist}grafieken/vergelijk-standaard-per-inwoner.csv`, 'utf8'));
    expect(columns).toEqual(
      expect.arrayContaining(['getoond_weergave', 'per_inwoner_eur', 'inwoners', 'inwoners_jaar', 'bedrag_eur']),
    );
    const divided = rows.filter((row) => row.per_inwoner_eur !== null);
    expect(divided.length).toBeGreaterThan(0);
    for (const row of divided) {
      expect(
        Number.isInteger(row.inwoners) && Number.isInteger(row.inwoners_jaar) && Number.isInteger(row.bedrag_eur),
      ).toBe(true);
      // The amount of the source divided by the count of that year, to the cent, and the text shows the same value.
      expect(row.per_inwoner_eur).toBeCloseTo((row.bedrag_eur as number) / (row.inwoners as number), 2);
      expect(String(row.getoond_weergave)).toContain((row.per_inwoner_eur as number).toFixed(2).replace('.', ','));
      expect(String(row.getoond_weergave)).toMatch(/per inwoner/);
    }
    // Rows that are not divided (a period amount, no count for the year) have no per-inhabitant numbers.
    for (const row of rows.filter((r) => r.per_inwoner_eur === null))
      expect([row.inwoners, row.inwoners_jaar]).toEqual([null, null]);
    // In the Excel file the same value has a decimal comma.
    const excel = readFileSync(`${dist}grafieken/excel/vergelijk-standaard-per-inwoner-excel.csv`, 'utf8');
    expect(excel).toContain(
      `;${(divided[0].per_inwoner_eur as number).toString().replace('.', ',')};${divided[0].inwoners};${divided[0].inwoners_jaar};`,
    );
  });

  test.each(files)('%s has an Excel variant: BOM, semicolons, CRLF, the same cells with a decimal comma', (file) => {
    const canonical = parse(readFileSync(`${dist}grafieken/${file}`, 'utf8'));
    const bytes = readFileSync(`${dist}grafieken/excel/${file.replace(/\.csv$/, '-excel.csv')}`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const excel = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    expect(excel.data[0]).toEqual(canonical.columns);
    const plain = Papa.parse<string[]>(readFileSync(`${dist}grafieken/${file}`, 'utf8'), { skipEmptyLines: true });
    const undo = (cell: string) =>
      /^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell.replace(/^'(?=[=+\-@])/, '');
    expect(excel.data.slice(1).map((row) => row.map(undo))).toEqual(
      plain.data.slice(1).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@])/, ''))),
    );
  });

  test('every chart on a page links to its CSV and its Excel variant', () => {
    const page = readFileSync(`${dist}gemeenten/amstelveen/index.html`, 'utf8');
    expect(page).toContain('href="/grafieken/amstelveen-geld-per-jaar.csv"');
    expect(page).toContain('href="/grafieken/excel/amstelveen-geld-per-jaar-excel.csv"');
  });
});
