import { parseCsv } from '../csv/parse-csv';
import type { DataIssue } from '../validate/issue';
import { validateRows } from '../validate/validate-rows';
import { checkIntegrity } from '../validate/check-integrity';
import { checkQuotes } from '../validate/check-quotes';
import type { LocatedTables } from '../validate/check-integrity';
import { TABLES, TABLE_NAMES, columnsOf } from '../schemas/tables';

/** The raw bytes of each table's file; a missing entry means the file does not exist. */
export type DataFiles = Partial<Record<keyof typeof TABLES, Uint8Array>>;

/**
 * Parses and validates every table, then checks references across them. Pure: takes bytes,
 * returns rows and every issue found, so tests can feed it fixtures without touching disk.
 */
export function validateDataset(files: DataFiles, dir = 'data'): { tables: LocatedTables; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const tables = {} as Record<string, unknown>;
  const parsedRows: Partial<Record<keyof typeof TABLES, Record<string, string>[]>> = {};
  for (const table of TABLE_NAMES) {
    const file = `${dir}/${TABLES[table].file}`;
    const bytes = files[table];
    if (bytes === undefined) {
      issues.push({ file, line: 1, rule: 'missing-file', message: 'the file does not exist' });
      tables[table] = [];
      continue;
    }
    const parsed = parseCsv(bytes, file, columnsOf(table));
    const validated = validateRows(parsed.rows, TABLES[table].schema, file);
    issues.push(...parsed.issues, ...validated.issues);
    parsedRows[table] = parsed.rows.map((row) => row.cells);
    tables[table] = validated.rows;
  }
  const located = tables as LocatedTables;
  // References are only meaningful once every file parsed; still run them so all problems show at once.
  issues.push(...checkIntegrity(located, dir, parsedRows), ...checkQuotes(located, dir));
  return { tables: located, issues: sortIssues(issues) };
}

function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
