import type { DataHistory } from './changelog';
import { TABLES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { cellText } from '../format/csv';
import type { CellValue } from './cells';

/** When each row of data/ was added or last changed: file (`data/x.csv`) → row key → ISO date-time. */
export type RowTimes = Map<string, Map<string, string>>;

/**
 * The commit time at which each row was added or last changed, from the row-by-row history of
 * data/ (the same history as /data/wijzigingen/, keyed like it), so a row of several lines and
 * a renamed column are handled as there. A row not in the history (not yet committed, or older
 * than a shallow clone reaches) has no time: callers fall back and say so.
 */
export function rowChangeTimes(history: DataHistory): RowTimes {
  const times: RowTimes = new Map();
  // Oldest first, so a later change overwrites an earlier one.
  for (const commit of [...history.commits].reverse()) {
    for (const change of commit.files) {
      const rows = times.get(change.file) ?? times.set(change.file, new Map()).get(change.file)!;
      for (const key of change.added) rows.set(key, commit.date);
      for (const { key } of change.changed) rows.set(key, commit.date);
      for (const key of change.removed) rows.delete(key);
    }
  }
  return times;
}

/** The key of a parsed row as the history writes it: its table's key columns joined with "-". */
export function rowKey(table: TableName, row: Record<string, CellValue | undefined>): string {
  return TABLES[table].key.map((column) => cellText(row[column] ?? null)).join('-');
}

/** The time a row of a table last changed, or null when the history does not know it. */
export function rowTime(times: RowTimes, table: TableName, row: Record<string, CellValue | undefined>): string | null {
  return times.get(`data/${TABLES[table].file}`)?.get(rowKey(table, row)) ?? null;
}

/** The later of two ISO dates or date-times (null when both are unknown). */
export function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * Per gemeente (CBS code), when the newest of its rows in any table was added or changed: the
 * date a gemeente page's content last changed. Gemeenten without a known time are left out.
 */
export function latestPerGemeente(
  tables: Partial<Record<TableName, readonly Record<string, CellValue | undefined>[]>>,
  times: RowTimes,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const [table, rows] of Object.entries(tables) as [
    TableName,
    readonly Record<string, CellValue | undefined>[],
  ][]) {
    for (const row of rows) {
      const code = row.cbs_code;
      if (typeof code !== 'string') continue;
      const time = latest(result.get(code) ?? null, rowTime(times, table, row));
      if (time) result.set(code, time);
    }
  }
  return result;
}

/** Parses `git log --format=%x00%cI --name-only`: each file's newest commit time (the log is newest first). */
export function parseFileTimes(log: string): Map<string, string> {
  const times = new Map<string, string>();
  for (const block of log.split('\0').filter(Boolean)) {
    const [time, ...files] = block.split('\n').filter(Boolean);
    for (const file of files) if (!times.has(file)) times.set(file, time);
  }
  return times;
}
