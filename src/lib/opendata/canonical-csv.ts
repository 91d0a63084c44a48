import Papa from 'papaparse';
import { cellText } from './cells';
import type { Row } from './cells';

/**
 * Canonical CSV as in data/: UTF-8 without BOM, comma, RFC 4180 quoting (only where needed),
 * LF line ends, a header row and a final newline.
 */
export function toCanonicalCsv(columns: readonly string[], rows: readonly Row[]): string {
  const data = [[...columns], ...rows.map((row) => columns.map((column) => cellText(row[column] ?? null)))];
  // Rows as arrays, header first: Papa writes a stray line end after the header of an empty table.
  return `${Papa.unparse(data, { delimiter: ',', newline: '\n', quotes: false })}\n`;
}
