import { TABLES, columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { parseCsv } from '../data/csv/parse-csv';
import { validateDataset } from '../data/validate-dataset';
import type { DataFiles } from '../data/validate-dataset';
import type { DataIssue } from '../data/validate/issue';
import { contributionRows, rowCsv } from './contribution';
import type { ContributedRow, Contribution, KnownRows } from './contribution';
import { knownRows } from './known-rows';

/** A problem in one entered row: which row (0 is the source), which column, and the build's rule. */
export interface ContributionIssue extends DataIssue {
  row: number;
}

/** Where an appended row stands in its file: the lines from `first` to `last` (a cell may hold a line break). */
interface RowSpan {
  file: string;
  first: number;
  last: number;
  row: number;
}

const lineBreaks = (text: string) => text.split('\n').length - 1;

/**
 * The files of data/ with the rows appended at the end of their tables, exactly as the page tells
 * the person to paste them, and the lines each row takes there.
 */
export function appendRows(
  existing: DataFiles,
  rows: readonly ContributedRow[],
): { files: DataFiles; spans: RowSpan[] } {
  const texts = new Map<TableName, string>();
  const spans: RowSpan[] = [];
  rows.forEach((row, index) => {
    let text = texts.get(row.table) ?? new TextDecoder().decode(existing[row.table] ?? new Uint8Array());
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    const line = rowCsv(row);
    const first = lineBreaks(text) + 1;
    spans.push({ file: `data/${TABLES[row.table].file}`, first, last: first + lineBreaks(line), row: index });
    texts.set(row.table, `${text}${line}\n`);
  });
  const files: DataFiles = { ...existing };
  for (const [table, text] of texts) files[table] = new TextEncoder().encode(text);
  return { files, spans };
}

// What data/ already holds, read once per set of files (the page checks many times against the same).
const knownOfFiles = new WeakMap<DataFiles, KnownRows>();

/** The tables whose ids and gemeenten a contribution's suggested ids must avoid. */
const ID_TABLES = ['gemeenten', 'bronnen', 'toekenningen', 'bestedingen', 'besluiten', 'resultaten'] as const;

/**
 * The gemeenten and taken ids in files of data/, as the build's parser reads them. Only read, not
 * validated: they only pick free ids; the check itself (validateDataset) judges every row.
 */
export function knownOf(existing: DataFiles): KnownRows {
  let known = knownOfFiles.get(existing);
  if (!known) {
    const cells = (table: TableName) =>
      parseCsv(existing[table] ?? new Uint8Array(), `data/${TABLES[table].file}`, columnsOf(table)).rows.map(
        (row) => row.cells,
      );
    known = knownRows(
      Object.fromEntries(ID_TABLES.map((table) => [table, cells(table)])) as unknown as Parameters<typeof knownRows>[0],
    );
    knownOfFiles.set(existing, known);
  }
  return known;
}

/**
 * Checks a contribution with the build's own entry point: the rows are appended to the files of
 * data/ as the person will paste them, and validateDataset runs over the result, so every rule
 * of the build applies, also one added later. The issues on the appended lines come back with
 * the row they belong to; the lines are those the build would name.
 */
export function checkContribution(
  contribution: Contribution,
  existing: DataFiles,
): { rows: ContributedRow[]; issues: ContributionIssue[] } {
  const rows = contributionRows(contribution, knownOf(existing));
  const { files, spans } = appendRows(existing, rows);
  const issues = validateDataset(files).issues.flatMap((issue) => {
    const span = spans.find((s) => s.file === issue.file && issue.line >= s.first && issue.line <= s.last);
    return span ? [{ ...issue, row: span.row }] : [];
  });
  return { rows, issues };
}
