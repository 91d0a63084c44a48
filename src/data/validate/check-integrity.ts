import type { DataIssue } from './issue';
import { quote } from './issue';
import type { Located } from './validate-rows';
import { fieldMeta } from '../schemas/fields';
import { TABLES, TABLE_NAMES, columnsOf } from '../schemas/tables';
import { plainName } from '../../search/plain-name';
import type { RowOf, TableName } from '../schemas/tables';

/** All tables after row validation, each row with the line it came from. */
export type LocatedTables = { [T in TableName]: Located<RowOf<T>>[] };

type AnyRow = Record<string, unknown>;

/** What every rule reads: the located rows, the rows references resolve against, and where the files are. */
interface Context {
  dir: string;
  unreadable: ReadonlySet<TableName>;
  rowsOf(table: TableName): Located<AnyRow>[];
  /** The rows of `table` by the value in `column`, built once per pair. */
  lookup(table: TableName, column: string): Map<string, AnyRow>;
  fileOf(table: TableName): string;
}

type Rule = (context: Context) => DataIssue[];

function contextOf(
  tables: LocatedTables,
  dir: string,
  parsedRows: Partial<Record<TableName, Record<string, string>[]>> | undefined,
  unreadable: ReadonlySet<TableName>,
): Context {
  const rowsOf = (table: TableName) => tables[table] as unknown as Located<AnyRow>[];
  // References resolve against every parsed row, also rows that failed their own checks: a
  // source with one bad cell is reported once, not again by every row that cites it.
  const targetRowsOf = (table: TableName): AnyRow[] =>
    parsedRows?.[table]?.map((cells) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === '' ? null : v]))) ??
    rowsOf(table).map(({ row }) => row);
  const index = new Map<string, Map<string, AnyRow>>();
  const lookup = (table: TableName, column: string) => {
    const name = `${table}.${column}`;
    if (!index.has(name)) index.set(name, new Map(targetRowsOf(table).map((row) => [String(row[column]), row])));
    return index.get(name)!;
  };
  return { dir, unreadable, rowsOf, lookup, fileOf: (table) => `${dir}/${TABLES[table].file}` };
}

/** Unique keys (and the gemeente slug, which is a key of its own in URLs). */
function uniqueKeys({ rowsOf, fileOf }: Context): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const table of TABLE_NAMES) {
    const keySets: string[][] = [[...TABLES[table].key]];
    if (table === 'gemeenten') keySets.push(['slug']);
    for (const key of keySets) {
      const seen = new Map<string, number>();
      for (const { line, row } of rowsOf(table)) {
        const value = key.map((column) => String(row[column])).join(' + ');
        const first = seen.get(value);
        if (first === undefined) seen.set(value, line);
        else {
          const message = `${quote(value)} appears twice (first on line ${first}); ${key.join(' + ')} must be unique`;
          issues.push({ file: fileOf(table), line, column: key.join('+'), rule: 'unique', message, value });
        }
      }
    }
  }
  return issues;
}

/** Every reference in one column points at an existing row, or waits for an unreadable file. */
function columnReferences(context: Context, table: TableName, column: string, target: { table: string; column: string }): DataIssue[] {
  const { dir, rowsOf, fileOf } = context;
  const targetTable = target.table as TableName;
  const targets = context.lookup(targetTable, target.column);
  const issues: DataIssue[] = [];
  const waiting: number[] = [];
  for (const { line, row } of rowsOf(table)) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (context.unreadable.has(targetTable)) waiting.push(line);
    else if (!targets.has(String(value))) {
      const message = `${quote(String(value))} does not exist in ${dir}/${TABLES[targetTable].file} (column ${target.column})`;
      issues.push({ file: fileOf(table), line, column, rule: 'reference', message, value: String(value) });
    }
  }
  if (waiting.length > 0) {
    const rows = waiting.length === 1 ? `1 row (line ${waiting[0]})` : `${waiting.length} rows (lines ${waiting[0]}-${waiting[waiting.length - 1]})`;
    issues.push({
      file: fileOf(table),
      line: waiting[0],
      column,
      rule: 'reference-unchecked',
      message: `${rows} refer to ${fileOf(targetTable)}, which could not be read (see the problem reported for it first); they are checked once it can be`,
    });
  }
  return issues;
}

/** Every reference points at an existing row. */
function references(context: Context): DataIssue[] {
  return TABLE_NAMES.flatMap((table) => {
    const shape = TABLES[table].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
    return columnsOf(table).flatMap((column) => {
      const target = fieldMeta(shape[column]).references;
      if (!target || (table === 'gemeenten' && column === 'slug')) return [];
      return columnReferences(context, table, column, target);
    });
  });
}

/** References that must stay within one gemeente, and must not point at themselves. */
function sameGemeente({ rowsOf, lookup, fileOf }: Context): DataIssue[] {
  const pairs: [TableName, string, TableName][] = [
    ['bestedingen', 'besluit', 'besluiten'],
    ['bestedingen', 'vervangt', 'bestedingen'],
    ['verschuivingen', 'besteding', 'bestedingen'],
  ];
  const issues: DataIssue[] = [];
  for (const [table, column, targetTable] of pairs) {
    const targets = lookup(targetTable, 'id');
    for (const { line, row } of rowsOf(table)) {
      const value = row[column];
      if (value === null) continue;
      const target = targets.get(String(value));
      const issue = (rule: string, message: string) => ({ file: fileOf(table), line, column, rule, message, value: String(value) });
      if (value === row.id && table === targetTable) {
        issues.push(issue('reference', `${quote(String(value))} points at its own row`));
      } else if (target && target.cbs_code !== row.cbs_code) {
        issues.push(issue('same-gemeente', `${quote(String(value))} belongs to ${target.cbs_code}, not to ${row.cbs_code}`));
      }
    }
  }
  return issues;
}

/** A replacement chain must end: A replaces B replaces A has no newest row. */
function replacementChains({ rowsOf, fileOf }: Context): DataIssue[] {
  const replaces = new Map(rowsOf('bestedingen').map(({ row }) => [String(row.id), row.vervangt as string | null]));
  const issues: DataIssue[] = [];
  for (const { line, row } of rowsOf('bestedingen')) {
    const seen = new Set<string>([String(row.id)]);
    for (let next = row.vervangt as string | null; next !== null && next !== undefined; next = replaces.get(next) ?? null) {
      if (seen.has(next)) {
        if (next === row.id && row.vervangt !== row.id) {
          const message = `${quote(String(row.vervangt))} leads back to this row; a replacement chain must end`;
          issues.push({ file: fileOf('bestedingen'), line, column: 'vervangt', rule: 'replacement-loop', message, value: String(row.vervangt) });
        }
        break;
      }
      seen.add(next);
    }
  }
  return issues;
}

/** A former gemeente merged into another gemeente, never into itself. */
function mergedIntoOther({ rowsOf, fileOf }: Context): DataIssue[] {
  return rowsOf('gemeenten')
    .filter(({ row }) => row.opgegaan_in !== null && row.opgegaan_in === row.cbs_code)
    .map(({ line, row }) => {
      const value = String(row.opgegaan_in);
      return { file: fileOf('gemeenten'), line, column: 'opgegaan_in', rule: 'reference', message: `${quote(value)} points at its own row`, value };
    });
}

/** A stream is part of a total, never of another stream or of itself. */
function partOfTotal({ rowsOf, lookup, fileOf }: Context): DataIssue[] {
  const national = lookup('rijksmiddelen', 'id');
  return rowsOf('rijksmiddelen')
    .filter(({ row }) => {
      const total = row.onderdeel_van === null ? undefined : national.get(String(row.onderdeel_van));
      return row.onderdeel_van === row.id || (total && total.onderdeel_van !== null);
    })
    .map(({ line, row }) => {
      const value = String(row.onderdeel_van);
      const message = `${quote(value)} is not a total: a stream can only be part of a row that is not itself part of another`;
      return { file: fileOf('rijksmiddelen'), line, column: 'onderdeel_van', rule: 'part-of', message, value };
    });
}

/**
 * A decision id reads {gemeente-slug}-{datum}-{topic}, so the URL says whose decision it is and when.
 * Only against gemeenten that passed their own checks: a bad slug is reported once, on its own row.
 */
function decisionIds({ rowsOf, fileOf }: Context): DataIssue[] {
  const gemeenten = new Map(rowsOf('gemeenten').map(({ row }) => [String(row.cbs_code), row]));
  const issues: DataIssue[] = [];
  for (const { line, row } of rowsOf('besluiten')) {
    const gemeente = gemeenten.get(String(row.cbs_code));
    if (!gemeente) continue;
    const prefix = `${gemeente.slug}-${row.datum}-`;
    const value = String(row.id);
    if (!value.startsWith(prefix) || value.length === prefix.length) {
      issues.push({ file: fileOf('besluiten'), line, column: 'id', rule: 'besluit-id', message: `${quote(value)} must read ${prefix}{onderwerp}`, value });
    }
  }
  return issues;
}

/**
 * Another name must not be (a spelling of) a gemeente's own name or another alternative name:
 * search would not know which gemeente is meant.
 */
function namesFree({ rowsOf, fileOf }: Context): DataIssue[] {
  const official = new Map(rowsOf('gemeenten').map(({ row }) => [plainName(String(row.naam)), row]));
  const alternative = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const { line, row } of rowsOf('gemeentenamen')) {
    const value = String(row.naam);
    const plain = plainName(value);
    const same = official.get(plain);
    const first = alternative.get(plain);
    if (same || first !== undefined) {
      const message = same ? `${quote(value)} is the name of gemeente ${same.cbs_code}` : `${quote(value)} is written differently on line ${first}, but is the same name`;
      issues.push({ file: fileOf('gemeentenamen'), line, column: 'naam', rule: 'name-taken', message, value });
    }
    if (first === undefined) alternative.set(plain, line);
  }
  return issues;
}

/** The rules in the order their issues are reported. */
const RULES: Rule[] = [uniqueKeys, references, sameGemeente, replacementChains, mergedIntoOther, partOfTotal, decisionIds, namesFree];

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
  const context = contextOf(tables, dir, parsedRows, unreadable);
  return RULES.flatMap((rule) => rule(context));
}
