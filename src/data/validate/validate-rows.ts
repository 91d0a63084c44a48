import type { z } from 'zod';
import type { CsvRow } from '../csv/parse-csv';
import type { DataIssue } from './issue';
import { quote } from './issue';
import { ruleOfIssue } from '../schemas/zod-cells';

/** A validated row with the line it came from, so later checks can point at it. */
export interface Located<T> {
  line: number;
  row: T;
}

/** Runs a table schema over every row; collects all issues instead of stopping at the first. */
export function validateRows<S extends z.ZodType>(
  rows: CsvRow[],
  schema: S,
  file: string,
): { rows: Located<z.output<S>>[]; issues: DataIssue[] } {
  const valid: Located<z.output<S>>[] = [];
  const issues: DataIssue[] = [];
  for (const { line, cells } of rows) {
    const result = schema.safeParse(cells);
    if (result.success) {
      valid.push({ line, row: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      const value = column === undefined ? undefined : cells[column];
      const rule = ruleOfIssue(issue);
      // Cell messages start with the quoted value; row-level ones get it put in front.
      const message = issue.message.startsWith('"') || !value ? issue.message : `${quote(value)} ${issue.message}`;
      issues.push({
        file,
        line,
        column,
        rule,
        message,
        value,
      });
    }
  }
  return { rows: valid, issues };
}
