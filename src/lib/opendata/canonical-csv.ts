import { writeCsv } from '../csv/write-csv';
import { cellTextOrNull } from './cells';
import type { Row } from './cells';

/**
 * Canonical CSV as in data/: UTF-8 without BOM, comma, RFC 4180 quoting (only where needed),
 * LF line ends, a header row and a final newline.
 */
export function toCanonicalCsv(columns: readonly string[], rows: readonly Row[]): string {
  const data = [[...columns], ...rows.map((row) => columns.map((column) => cellTextOrNull(row[column] ?? null)))];
  return `${writeCsv(data, ',', '\n')}\n`;
}
