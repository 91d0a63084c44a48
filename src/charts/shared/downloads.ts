import type { ChartSpec } from './chart-spec';
import { csvColumns } from './chart-spec';
import { toCanonicalCsv as toCsv, toExcelCsv } from '../../format/csv';

/** The link to a chart's Excel variant: the file Dutch Excel and Dutch LibreOffice read right (decimal comma). */
export const EXCEL_LINK_TEXT = 'CSV voor Excel of LibreOffice (Nederlands)';

/** Path of a chart's Excel variant, beside the data downloads' own `excel/…-excel.csv` naming. */
export const chartExcelPath = (file: string) => `/grafieken/excel/${file}-excel.csv`;

/** A chart's rows as canonical CSV (comma, LF, numbers as digits with a decimal point). */
export function chartCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>): string {
  return toCsv(
    csvColumns(spec.columns).map((c) => c.key),
    spec.rows,
  );
}

/** The same rows for Dutch Excel: semicolon, decimal comma in decimal columns, UTF-8 BOM, CRLF. */
export function chartExcelCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>): string {
  const columns = csvColumns(spec.columns);
  // An empty cell is '' in chart rows (the Excel writer wants null); no-break spaces become plain spaces, as in the CSV.
  const cell = (value: string | number | undefined) =>
    value === '' || value === undefined ? null : typeof value === 'string' ? value.replace(/\u00a0/g, ' ') : value;
  const rows = spec.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, cell(row[c.key])])));
  return toExcelCsv(
    columns.map((c) => c.key),
    rows,
    new Set(columns.filter((c) => c.numeric === 'decimal').map((c) => c.key)),
  );
}
