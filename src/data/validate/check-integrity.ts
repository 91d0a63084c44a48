import type { DataIssue } from './issue';
import { quote } from './issue';
import type { Located } from './validate-rows';
import { fieldMeta } from '../schemas/fields';
import { TABLES, TABLE_NAMES, columnsOf } from '../schemas/tables';
import { plainName } from '../../lib/search/plain-name';
import type { RowOf, TableName } from '../schemas/tables';

/** All tables after row validation, each row with the line it came from. */
export type LocatedTables = { [T in TableName]: Located<RowOf<T>>[] };

type AnyRow = Record<string, unknown>;

const fileOf = (table: TableName, dir: string) => `${dir}/${TABLES[table].file}`;

/**
 * Cross-file checks that no single row can make: unique keys, every reference resolves, and
 * references stay within one gemeente. Returns every issue found. References into a table in
 * `unreadable` (its file is missing or could not be parsed) cannot be checked: instead of one
 * issue per row, one issue per column says how many rows wait for that file.
 */
export function checkIntegrity(
  tables: LocatedTables,
  dir = 'data',
  parsedRows?: Partial<Record<TableName, Record<string, string>[]>>,
  unreadable: ReadonlySet<TableName> = new Set(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const rowsOf = (table: TableName) => tables[table] as unknown as Located<AnyRow>[];
  // References resolve against every parsed row, also rows that failed their own checks: a
  // source with one bad cell is reported once, not again by every row that cites it.
  const targetRowsOf = (table: TableName): AnyRow[] =>
    parsedRows?.[table]?.map((cells) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === '' ? null : v]))) ??
    rowsOf(table).map(({ row }) => row);

  // Unique keys (and the gemeente slug, which is a key of its own in URLs).
  for (const table of TABLE_NAMES) {
    const keySets: string[][] = [[...TABLES[table].key]];
    if (table === 'gemeenten') keySets.push(['slug']);
    for (const key of keySets) {
      const seen = new Map<string, number>();
      for (const { line, row } of rowsOf(table)) {
        const value = key.map((column) => String(row[column])).join(' + ');
        const first = seen.get(value);
        if (first === undefined) seen.set(value, line);
        else
          issues.push({
            file: fileOf(table, dir),
            line,
            column: key.join('+'),
            rule: 'unique',
            message: `${quote(value)} appears twice (first on line ${first}); ${key.join(' + ')} must be unique`,
            value,
          });
      }
    }
  }

  // Every reference points at an existing row.
  const index = new Map<string, Map<string, AnyRow>>();
  const lookup = (table: string, column: string) => {
    const name = `${table}.${column}`;
    if (!index.has(name)) {
      index.set(name, new Map(targetRowsOf(table as TableName).map((row) => [String(row[column]), row])));
    }
    return index.get(name)!;
  };
  for (const table of TABLE_NAMES) {
    const shape = TABLES[table].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
    for (const column of columnsOf(table)) {
      const target = fieldMeta(shape[column]).references;
      if (!target || (table === 'gemeenten' && column === 'slug')) continue;
      const targets = lookup(target.table, target.column);
      const waiting: number[] = [];
      for (const { line, row } of rowsOf(table)) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        if (unreadable.has(target.table as TableName)) waiting.push(line);
        else if (!targets.has(String(value))) {
          issues.push({
            file: fileOf(table, dir),
            line,
            column,
            rule: 'reference',
            message: `${quote(String(value))} does not exist in ${dir}/${TABLES[target.table as TableName].file} (column ${target.column})`,
            value: String(value),
          });
        }
      }
      if (waiting.length > 0) {
        const targetFile = `${dir}/${TABLES[target.table as TableName].file}`;
        const rows = waiting.length === 1 ? `1 row (line ${waiting[0]})` : `${waiting.length} rows (lines ${waiting[0]}-${waiting[waiting.length - 1]})`;
        issues.push({
          file: fileOf(table, dir),
          line: waiting[0],
          column,
          rule: 'reference-unchecked',
          message: `${rows} refer to ${targetFile}, which could not be read (see the problem reported for it first); they are checked once it can be`,
        });
      }
    }
  }

  // References that must stay within one gemeente, and must not point at themselves.
  const sameGemeente: [TableName, string, TableName][] = [
    ['bestedingen', 'besluit', 'besluiten'],
    ['bestedingen', 'vervangt', 'bestedingen'],
    ['verschuivingen', 'besteding', 'bestedingen'],
  ];
  for (const [table, column, targetTable] of sameGemeente) {
    const targets = lookup(targetTable, 'id');
    for (const { line, row } of rowsOf(table)) {
      const value = row[column];
      if (value === null) continue;
      const target = targets.get(String(value));
      if (value === row.id && table === targetTable) {
        issues.push({ file: fileOf(table, dir), line, column, rule: 'reference', message: `${quote(String(value))} points at its own row`, value: String(value) });
      } else if (target && target.cbs_code !== row.cbs_code) {
        issues.push({
          file: fileOf(table, dir),
          line,
          column,
          rule: 'same-gemeente',
          message: `${quote(String(value))} belongs to ${target.cbs_code}, not to ${row.cbs_code}`,
          value: String(value),
        });
      }
    }
  }

  // A replacement chain must end: A replaces B replaces A has no newest row.
  const replaces = new Map(rowsOf('bestedingen').map(({ row }) => [String(row.id), row.vervangt as string | null]));
  for (const { line, row } of rowsOf('bestedingen')) {
    const seen = new Set<string>([String(row.id)]);
    for (let next = row.vervangt as string | null; next !== null && next !== undefined; next = replaces.get(next) ?? null) {
      if (seen.has(next)) {
        if (next === row.id && row.vervangt !== row.id) {
          issues.push({ file: fileOf('bestedingen', dir), line, column: 'vervangt', rule: 'replacement-loop', message: `${quote(String(row.vervangt))} leads back to this row; a replacement chain must end`, value: String(row.vervangt) });
        }
        break;
      }
      seen.add(next);
    }
  }

  // A former gemeente merged into another gemeente, never into itself.
  for (const { line, row } of rowsOf('gemeenten')) {
    if (row.opgegaan_in !== null && row.opgegaan_in === row.cbs_code) {
      issues.push({ file: fileOf('gemeenten', dir), line, column: 'opgegaan_in', rule: 'reference', message: `${quote(String(row.opgegaan_in))} points at its own row`, value: String(row.opgegaan_in) });
    }
  }

  // A stream is part of a total, never of another stream or of itself.
  const national = lookup('rijksmiddelen', 'id');
  for (const { line, row } of rowsOf('rijksmiddelen')) {
    const total = row.onderdeel_van === null ? undefined : national.get(String(row.onderdeel_van));
    if (row.onderdeel_van === row.id || (total && total.onderdeel_van !== null)) {
      issues.push({
        file: fileOf('rijksmiddelen', dir),
        line,
        column: 'onderdeel_van',
        rule: 'part-of',
        message: `${quote(String(row.onderdeel_van))} is not a total: a stream can only be part of a row that is not itself part of another`,
        value: String(row.onderdeel_van),
      });
    }
  }

  // A decision id reads {gemeente-slug}-{datum}-{topic}, so the URL says whose decision it is and when.
  // Only against gemeenten that passed their own checks: a bad slug is reported once, on its own row.
  const gemeenten = new Map(rowsOf('gemeenten').map(({ row }) => [String(row.cbs_code), row]));
  for (const { line, row } of rowsOf('besluiten')) {
    const gemeente = gemeenten.get(String(row.cbs_code));
    if (!gemeente) continue;
    const prefix = `${gemeente.slug}-${row.datum}-`;
    if (!String(row.id).startsWith(prefix) || String(row.id).length === prefix.length) {
      issues.push({
        file: fileOf('besluiten', dir),
        line,
        column: 'id',
        rule: 'besluit-id',
        message: `${quote(String(row.id))} must read ${prefix}{onderwerp}`,
        value: String(row.id),
      });
    }
  }

  // Another name must not be (a spelling of) a gemeente's own name or another alternative name:
  // search would not know which gemeente is meant.
  const official = new Map(rowsOf('gemeenten').map(({ row }) => [plainName(String(row.naam)), row]));
  const alternative = new Map<string, number>();
  for (const { line, row } of rowsOf('gemeentenamen')) {
    const plain = plainName(String(row.naam));
    const same = official.get(plain);
    const first = alternative.get(plain);
    if (same || first !== undefined) {
      issues.push({
        file: fileOf('gemeentenamen', dir),
        line,
        column: 'naam',
        rule: 'name-taken',
        message: same ? `${quote(String(row.naam))} is the name of gemeente ${same.cbs_code}` : `${quote(String(row.naam))} is written differently on line ${first}, but is the same name`,
        value: String(row.naam),
      });
    }
    if (first === undefined) alternative.set(plain, line);
  }

  return issues;
}
