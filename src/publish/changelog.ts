import Papa from 'papaparse';
import { TABLES } from '../data/schemas/tables';
import type { NoHistory } from '../git';

/** What changed in one file between two versions, by row key. */
export interface FileChange {
  file: string;
  added: string[];
  changed: { key: string; columns: string[] }[];
  removed: string[];
  /**
   * Changes to the header: columns added or removed, and columns renamed (a removed and an added
   * column at the same place whose values agree in every row). A rename is not a change of every
   * row, so its rows are compared under the new name and are not listed as changed.
   */
  columns: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };
}

/** One commit that changed data/. */
export interface DataCommit {
  hash: string;
  short: string;
  /** ISO 8601 commit date-time. */
  date: string;
  subject: string;
  /**
   * True when the commit's parent is missing from a shallow clone: what it changed cannot be
   * known, so `files` is empty instead of claiming every row was added.
   */
  baseUnknown: boolean;
  files: FileChange[];
}

/** The history of data/, or the reason there is none. */
export type DataHistory = { status: 'ok' | 'shallow'; commits: DataCommit[] } | (NoHistory & { commits: [] });

/** The date (YYYY-MM-DD) of the first version of data/: the oldest commit, known only from a full history. */
export function firstDataVersion(history: DataHistory): string | null {
  return history.status === 'ok' && history.commits.length > 0
    ? history.commits[history.commits.length - 1].date.slice(0, 10)
    : null;
}

type Record_ = Record<string, string>;

/** Reads CSV text as header-keyed rows of raw strings; an older file need not match today's schema. */
export function readRows(text: string | null): { columns: string[]; rows: Record_[] } {
  if (text === null || text === '') return { columns: [], rows: [] };
  const result = Papa.parse<Record_>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { columns: result.meta.fields ?? [], rows: result.data };
}

/** The columns that identify a row of a file: its table key, else `id`, else the whole row. */
export function keyColumns(file: string, columns: readonly string[]): string[] | null {
  const table = Object.values(TABLES).find((t) => `data/${t.file}` === file || t.file === file);
  if (table && table.key.every((column) => columns.includes(column))) return [...table.key];
  if (columns.includes('id')) return ['id'];
  return null;
}

/**
 * Compares two versions of a CSV file row by row, by key: rows only in `after` are added, only in
 * `before` removed, and rows in both with a different value in any column are changed.
 */
export function diffCsv(file: string, beforeText: string | null, afterText: string | null): FileChange {
  const before = readRows(beforeText);
  const after = readRows(afterText);
  const key = keyColumns(file, after.columns.length > 0 ? after.columns : before.columns);
  const keyOf = (row: Record_) => (key ? key.map((column) => row[column] ?? '').join('-') : JSON.stringify(row));
  const old = new Map(before.rows.map((row) => [keyOf(row), row]));
  const now = new Map(after.rows.map((row) => [keyOf(row), row]));
  const header = headerChanges(before.columns, after.columns, old, now);
  const renamedTo = new Map(header.renamed.map((r) => [r.to, r.from]));
  // Compare every column under its current name; a renamed column with its old name.
  const columns = [
    ...new Set([...before.columns.filter((c) => !header.renamed.some((r) => r.from === c)), ...after.columns]),
  ];
  const change: FileChange = { file, added: [], changed: [], removed: [], columns: header };
  for (const [k, row] of now) {
    const previous = old.get(k);
    if (!previous) change.added.push(k);
    else {
      const differing = columns.filter(
        (column) => (previous[renamedTo.get(column) ?? column] ?? '') !== (row[column] ?? ''),
      );
      if (differing.length > 0) change.changed.push({ key: k, columns: differing });
    }
  }
  for (const k of old.keys()) if (!now.has(k)) change.removed.push(k);
  return change;
}

/**
 * Columns added, removed and renamed between two headers. A removed and an added column at the
 * same position are a rename when they hold the same value in every row both versions have.
 */
function headerChanges(
  before: string[],
  after: string[],
  old: Map<string, Record_>,
  now: Map<string, Record_>,
): FileChange['columns'] {
  // A new or deleted file: its rows say it all; listing every column as added would only be noise.
  if (before.length === 0 || after.length === 0) return { added: [], removed: [], renamed: [] };
  const removed = before.filter((c) => !after.includes(c));
  const added = after.filter((c) => !before.includes(c));
  const renamed: { from: string; to: string }[] = [];
  const shared = [...now.keys()].filter((k) => old.has(k));
  for (const from of removed) {
    const to = after[before.indexOf(from)];
    if (to === undefined || !added.includes(to) || shared.length === 0) continue;
    if (shared.every((k) => (old.get(k)![from] ?? '') === (now.get(k)![to] ?? ''))) renamed.push({ from, to });
  }
  return {
    added: added.filter((c) => !renamed.some((r) => r.to === c)),
    removed: removed.filter((c) => !renamed.some((r) => r.from === c)),
    renamed,
  };
}

/** True when a file change holds any row change (a commit may only reformat a file). */
export const hasRowChanges = (change: FileChange) =>
  change.added.length + change.changed.length + change.removed.length > 0;

/** True when a file change holds a row change or a change of its columns (a rename changes no row). */
export const hasChanges = (change: FileChange) =>
  hasRowChanges(change) ||
  change.columns.added.length + change.columns.removed.length + change.columns.renamed.length > 0;

/** The header changes in plain Dutch, e.g. "kolom waar heet nu gezocht_in"; empty when there are none. */
export function columnChangeText(change: FileChange): string[] {
  return [
    ...change.columns.renamed.map((r) => `kolom ${r.from} heet nu ${r.to} (zelfde waarden)`),
    ...change.columns.added.map((c) => `kolom ${c} toegevoegd`),
    ...change.columns.removed.map((c) => `kolom ${c} verwijderd`),
  ];
}
