import { writeCsv } from '../csv/write-csv';
import { cellTextOrNull } from './cells';
import type { Row } from './cells';

/** The byte-order mark that makes Excel read a CSV as UTF-8 instead of Windows-1252. */
export const BOM = '\uFEFF';

const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: text that starts with `=`, `+`, `-`, `@`, tab or CR
 * would run as a formula, so it gets a leading apostrophe (the OWASP advice). Numbers, also
 * negative ones, stay as they are. Validation already refuses such text; this is the second line.
 */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || NUMBER.test(text)) return text;
  return `'${text}`;
}

/**
 * The Excel variant for Dutch spreadsheet users: semicolon separator, a decimal comma in
 * `decimalColumns`, a UTF-8 byte-order mark, CRLF line ends, and formula injection neutralised.
 * Codes such as GM0362 start with letters, so Excel keeps them as text without any trick.
 */
export function toExcelCsv(columns: readonly string[], rows: readonly Row[], decimalColumns: ReadonlySet<string> = new Set()): string {
  const body = rows.map((row) =>
    columns.map((column) => {
      const text = cellTextOrNull(row[column] ?? null);
      if (text === null) return null;
      return neutraliseFormula(decimalColumns.has(column) ? text.replace('.', ',') : text);
    }),
  );
  return `${BOM}${writeCsv([[...columns], ...body], ';', '\r\n')}\r\n`;
}
