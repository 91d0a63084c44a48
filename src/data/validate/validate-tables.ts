import type { CsvRow } from '../csv/parse-csv';
import type { DataIssue } from './issue';
import { validateRows } from './validate-rows';
import { checkIntegrity } from './check-integrity';
import type { LocatedTables } from './check-integrity';
import { checkQuotes } from './check-quotes';
import { checkPeriods } from './check-periods';
import { TABLES, TABLE_NAMES } from '../schemas/tables';
import type { TableName } from '../schemas/tables';

/** Every table as read from its file: raw cells with the line each row starts on. */
export type ReadTables = Record<TableName, CsvRow[]>;

/** What a rule over all tables reads besides the validated rows. */
export interface TableRuleContext {
  /** The data directory as messages name it (`data`). */
  dir: string;
  /** Every row as read, also rows that failed their own checks: references resolve against these. */
  readRows: Partial<Record<TableName, Record<string, string>[]>>;
  /** Tables whose file could not be read: references into them wait for it instead of failing. */
  unreadable: ReadonlySet<TableName>;
}

/** A rule that needs more than one row: it sees every table after the row checks. */
export type TableRule = (tables: LocatedTables, context: TableRuleContext) => DataIssue[];

/**
 * Every rule over validated tables, in the order their issues are reported. The build and
 * /meedoen/ both reach them only through validateTables (by way of validateDataset), so a rule
 * added here is enforced in both at once.
 */
export const TABLE_RULES: readonly TableRule[] = [
  (tables, { dir, readRows, unreadable }) => checkIntegrity(tables, dir, readRows, unreadable),
  (tables, { dir }) => checkQuotes(tables, dir),
  (tables, { dir }) => checkPeriods(tables, dir),
];

/**
 * Runs every rule of the site over rows read from the data files: each row through its table's
 * schema (cells, row rules), then every rule across tables (TABLE_RULES). Pure and without
 * Node APIs, so the same function runs in the build and in the browser. Returns the rows that
 * passed their own checks, each with its line, and every issue found.
 */
export function validateTables(read: ReadTables, dir = 'data', unreadable: ReadonlySet<TableName> = new Set()): { tables: LocatedTables; issues: DataIssue[] } {
  const tables = {} as Record<TableName, unknown>;
  const readRows: TableRuleContext['readRows'] = {};
  const issues: DataIssue[] = [];
  for (const table of TABLE_NAMES) {
    const validated = validateRows(read[table], TABLES[table].schema, `${dir}/${TABLES[table].file}`);
    issues.push(...validated.issues);
    tables[table] = validated.rows;
    readRows[table] = read[table].map((row) => row.cells);
  }
  const located = tables as LocatedTables;
  const context: TableRuleContext = { dir, readRows, unreadable };
  for (const rule of TABLE_RULES) issues.push(...rule(located, context));
  return { tables: located, issues };
}
