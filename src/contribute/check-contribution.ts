import { TABLES, TABLE_NAMES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { validateRows } from '../data/validate/validate-rows';
import { checkIntegrity } from '../data/validate/check-integrity';
import type { LocatedTables } from '../data/validate/check-integrity';
import type { DataIssue } from '../data/validate/issue';
import { contributionRows } from './contribution';
import type { ContributedRow, Contribution, KnownRows } from './contribution';

/** A problem in one entered row: which row (0 is the source), which column, and the build's rule. */
export interface ContributionIssue extends DataIssue {
  row: number;
}

type Cells = Record<string, unknown>;

/**
 * Checks a contribution with the build's own code: each row through its table's schema
 * (validateRows), then the cross-file checks (checkIntegrity) against what data/ already holds.
 * The new rows get the line numbers they would have when appended to their files, so the issues
 * read exactly as the build would report them.
 */
export function checkContribution(contribution: Contribution, known: KnownRows): { rows: ContributedRow[]; issues: ContributionIssue[] } {
  const rows = contributionRows(contribution, known);
  const tables = {} as Record<TableName, { line: number; row: Cells }[]>;
  const parsed = {} as Record<TableName, Record<string, string>[]>;
  for (const table of TABLE_NAMES) {
    const existing: Cells[] = table === 'gemeenten' ? known.gemeenten.map((g) => ({ ...g, opgegaan_in: null })) : (known.rows[table] ?? []);
    // Physical lines as in the file: the header is line 1, and data/ keeps one row per line.
    tables[table] = existing.map((row, index) => ({ line: index + 2, row }));
    parsed[table] = existing.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));
  }

  const rowAt = new Map<string, number>();
  const issues: DataIssue[] = [];
  rows.forEach(({ table, cells }, index) => {
    const file = `data/${TABLES[table].file}`;
    const line = tables[table].length + 2;
    rowAt.set(`${file}:${line}`, index);
    const result = validateRows([{ line, cells }], TABLES[table].schema, file);
    issues.push(...result.issues);
    // A row that fails its own checks still stands in for reference targets, as in the build.
    tables[table].push(...result.rows.map((r) => ({ line: r.line, row: r.row as Cells })));
    if (result.rows.length === 0) tables[table].push({ line, row: { __invalid: true } });
    parsed[table].push(cells);
  });
  // Placeholders only kept the line count right; the integrity check must not see them.
  for (const table of TABLE_NAMES) tables[table] = tables[table].filter(({ row }) => !row.__invalid);
  issues.push(...checkIntegrity(tables as unknown as LocatedTables, 'data', parsed));

  const located = issues.flatMap((issue) => {
    const row = rowAt.get(`${issue.file}:${issue.line}`);
    return row === undefined ? [] : [{ ...issue, row }];
  });
  return { rows, issues: located };
}
