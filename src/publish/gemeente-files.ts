import { group } from 'd3-array';
import type { Dataset } from '../data/load-dataset';
import { columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import type { Row } from './cells';
import { csvPair } from './csv-files';
import { FACT_TABLES } from './alles';
import { gemeenteTablesByCode } from './gemeente-extract';
import { toJsonFile } from './json-file';
import type { JsonHeader } from './json-file';
import { withContent } from './file-content';
import type { PublishedFile } from './published-files';
import { READABLE_FIELDS, readableColumns, readableLookups, readableRow } from './readable-rows';
import type { ReadableLookups } from './readable-rows';
import { tableSchema } from './table-schema';
import type { TableSchema } from './table-schema';

/** The fact tables that belong to one gemeente (every fact table with a cbs_code): one file each per gemeente. */
export const GEMEENTE_TABLES = FACT_TABLES.filter((table) => table !== 'rijksmiddelen');
export type GemeenteTable = (typeof GEMEENTE_TABLES)[number];

/**
 * The tables a gemeente has a file of: those it has rows in. A file with only a header would say
 * nothing the page does not, and one per table for every gemeente doubled the files the site writes.
 */
export const tablesWithRows = (counts: Partial<Record<GemeenteTable, number>>): GemeenteTable[] =>
  GEMEENTE_TABLES.filter((table) => (counts[table] ?? 0) > 0);

/** `gemeenten/{slug}/{tabel}.csv`: one table of one gemeente, with only that table's columns. */
export const gemeenteTablePath = (slug: string, table: GemeenteTable) => `gemeenten/${slug}/${table}.csv`;
/** Its Excel variant, beside the other Excel files: `excel/gemeenten/{slug}/{tabel}-excel.csv`. */
export const gemeenteTableExcelPath = (slug: string, table: GemeenteTable) =>
  `excel/gemeenten/${slug}/${table}-excel.csv`;
/** The Excel variant of a gemeente's rows of alles, in the same excel/ folder: `excel/gemeenten/{slug}-excel.csv`. */
export const gemeenteExcelPath = (slug: string) => `excel/gemeenten/${slug}-excel.csv`;

/** A table's schema with the gemeente's name and the source's title, date and address added (see readable-rows.ts). */
export function readableSchema(table: GemeenteTable): TableSchema {
  const own = tableSchema(table);
  const byName = new Map(own.fields.map((field) => [field.name, field]));
  const fields = readableColumns(columnsOf(table)).map(
    (name) => byName.get(name) ?? READABLE_FIELDS[name as keyof typeof READABLE_FIELDS],
  );
  return { ...own, fields };
}

/** One gemeente's rows of each table, as published: readable, except its own row in gemeenten. */
function readableTables(tables: Partial<Record<string, Row[]>>, lookups: ReadableLookups): Record<string, Row[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => {
      if (table === 'gemeenten') return [table, rows!];
      const columns = readableColumns(columnsOf(table as TableName));
      return [table, rows!.map((row) => readableRow(row, columns, lookups))];
    }),
  );
}

/**
 * Every gemeente's files: per fact table it has rows in a CSV (and its Excel variant) with only
 * that table's columns, which is what a journalist opens; its rows of "alles" as one CSV (the form these files
 * had first, so the address keeps working); and one JSON with its rows of every table.
 */
export function* gemeenteFiles(
  dataset: Dataset,
  alles: Row[],
  allesColumns: string[],
  allesSchema: TableSchema,
  header: (title: string) => JsonHeader,
): Generator<PublishedFile> {
  const lookups = readableLookups(dataset);
  // Grouped once (keeping file order), not filtered per gemeente.
  const allesPerGemeente = group(alles, (row) => row.cbs_code);
  const tablesPerGemeente = gemeenteTablesByCode(dataset);
  const schemas = new Map(GEMEENTE_TABLES.map((table) => [table, readableSchema(table)]));
  for (const gemeente of dataset.gemeenten) {
    const { slug, naam } = gemeente;
    const tables = tablesPerGemeente.get(gemeente.cbs_code)!;
    const title = `Gemeente ${naam}`;
    const counts = Object.fromEntries(GEMEENTE_TABLES.map((table) => [table, tables[table]?.length ?? 0]));
    for (const table of tablesWithRows(counts)) {
      const schema = schemas.get(table)!;
      const columns = schema.fields.map((field) => field.name);
      const rows = tables[table]!.map((row) => readableRow(row, columns, lookups));
      const target = {
        path: gemeenteTablePath(slug, table),
        excelPath: gemeenteTableExcelPath(slug, table),
        name: `gemeente-${slug}-${table}`,
        table: `gemeente:${slug}:${table}`,
        title: `${title}: ${table}`,
      } as const;
      yield* csvPair(target, columns, schema, rows);
    }
    const target = {
      path: `gemeenten/${slug}.csv`,
      excelPath: gemeenteExcelPath(slug),
      name: `gemeente-${slug}`,
      table: `gemeente:${slug}`,
      title,
    } as const;
    yield* csvPair(target, allesColumns, allesSchema, allesPerGemeente.get(gemeente.cbs_code) ?? []);
    const json = {
      path: `gemeenten/${slug}.json`,
      name: `gemeente-${slug}-json`,
      format: 'json',
      table: `gemeente:${slug}`,
      title: `${title} (JSON)`,
    } as const;
    const rows = Object.values(tables).reduce((sum, list) => sum + list.length, 0);
    yield withContent(
      { ...json, rows, mediatype: 'application/json' },
      toJsonFile(header(title), {
        cbs_code: gemeente.cbs_code,
        gemeente: naam,
        tabellen: readableTables(tables, lookups),
      }),
    );
  }
}
