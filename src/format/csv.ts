/**
 * The site's one CSV writer: canonical CSV (as in data/) and the Excel variant, for the data
 * downloads and the chart downloads alike.
 *
 * One formula rule for both variants and every file (`neutraliseFormula`): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a CR would run as a formula in a spreadsheet, so it gets a leading
 * apostrophe (the OWASP advice), unless the whole cell is a number (`-125`, `+113`, `-1,5`). The
 * validation already refuses such text in data/ (rule `formula`), so for the data downloads this is
 * the second line and a canonical file still equals its source byte for byte; chart rows are built
 * by code, so there it is the first.
 */

/** A value as the writers take it: text, a number, a boolean (`ja`/`nee`), or empty (null, undefined, ''). */
export type CsvValue = string | number | boolean | null | undefined;

/** The byte-order mark that makes Excel read a CSV as UTF-8 instead of Windows-1252. */
export const BOM = '\uFEFF';

const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** The formula rule above: an apostrophe before formula-like text; numbers and other text unchanged. */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || NUMBER.test(text)) return text;
  return `'${text}`;
}

/**
 * Writes a value as the text of data/: empty for null, `ja`/`nee` for booleans (the spelling of
 * data/, so a published CSV equals its source), digits for numbers. A no-break space becomes a
 * plain one (chart labels use them; data/ refuses them), as spreadsheets and R do not trim it.
 */
export function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value).replaceAll('\u00a0', ' ');
}

/** cellText with the formula rule, or null for an empty cell (written as nothing). */
function safeCell(value: CsvValue, decimalComma: boolean): string | null {
  const text = cellText(value);
  if (text === '') return null;
  return neutraliseFormula(decimalComma ? text.replace('.', ',') : text);
}

/**
 * Canonical CSV as in data/: UTF-8 without BOM, comma, RFC 4180 quoting (only where needed),
 * LF line ends, a header row and a final newline.
 */
export function toCanonicalCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvValue>>[],
): string {
  const data = [[...columns], ...rows.map((row) => columns.map((column) => safeCell(row[column], false)))];
  return `${writeCsv(data, ',', '\n')}\n`;
}

/**
 * The Excel variant for Dutch spreadsheet users: semicolon separator, a decimal comma in
 * `decimalColumns`, a UTF-8 byte-order mark, CRLF line ends, and the same formula rule.
 * Codes such as GM0362 start with letters, so Excel keeps them as text without any trick.
 */
export function toExcelCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvValue>>[],
  decimalColumns: ReadonlySet<string> = new Set(),
): string {
  const body = rows.map((row) => columns.map((column) => safeCell(row[column], decimalColumns.has(column))));
  return `${BOM}${writeCsv([[...columns], ...body], ';', '\r\n')}\r\n`;
}

/**
 * Writes CSV text exactly as `Papa.unparse(rows, { delimiter, newline, quotes: false })` does
 * (a test compares the two): a field is quoted when it holds the delimiter, a double quote, a
 * line break or a byte-order mark, or starts or ends with a space; quotes inside are doubled; an
 * empty or null field is written as nothing; no line end after the last row. No formula rule:
 * callers pass cells that are already safe (the two writers above, the contribution form's rows).
 *
 * Why not Papa itself: the site publishes every fact in five CSV files, about 11 million fields
 * at national scale, and Papa's per-field checks made that several seconds of every build; this
 * loop does the same in a fraction (see `npm run bench`). Papa still parses every file we read.
 */
export function writeCsv(rows: readonly (readonly (string | null)[])[], delimiter: string, newline: string): string {
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    let line = '';
    for (let c = 0; c < row.length; c += 1) {
      if (c > 0) line += delimiter;
      const text = row[c];
      if (text) line += needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
    }
    lines[r] = line;
  }
  return lines.join(newline);
}

const BREAKS_OR_QUOTES = /["\r\n\uFEFF]/;

function needsQuotes(text: string, delimiter: string): boolean {
  return BREAKS_OR_QUOTES.test(text) || text.includes(delimiter) || text.startsWith(' ') || text.endsWith(' ');
}
