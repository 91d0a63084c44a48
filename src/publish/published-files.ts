import type { Dataset } from '../data/load-dataset';
import { TABLES, TABLE_NAMES, columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { allesColumns, allesSchema, buildAlles } from './alles';
import { toCanonicalCsv, toExcelCsv } from '../format/csv';
import { group } from 'd3-array';
import { gemeenteTablesByCode } from './gemeente-extract';
import { toJsonFile } from './json-file';
import type { JsonHeader } from './json-file';
import type { Row } from './cells';
import { tableSchema } from './table-schema';
import type { TableSchema } from './table-schema';

/** What a build knows about itself that every download repeats. */
export interface PublishContext {
  version: { date: string | null; commit: string | null };
  license: { id: string; title: string; url: string };
}

/** A file under /data/, with its content, so pages can show its size and row count. */
export interface PublishedFile {
  /** Path below /data/, e.g. `bestedingen.csv` or `excel/bestedingen-excel.csv`. */
  path: string;
  /** Resource name in the data package. */
  name: string;
  format: 'csv' | 'excel' | 'json';
  /** The table (or `alles`) it holds; for per-gemeente files the gemeente's slug. */
  table: TableName | 'alles' | `gemeente:${string}`;
  title: string;
  /** Data rows, without the header. */
  rows: number;
  content: string;
  mediatype: string;
  /** Table Schema of CSV files. */
  schema?: TableSchema;
}

/** Names of the Excel variant: "-excel" in the name and its own folder, so Dutch users pick it. */
export const excelPath = (table: string) => `excel/${table}-excel.csv`;
/** The Excel variant of a gemeente's CSV, in the same excel/ folder: `excel/gemeenten/{slug}-excel.csv`. */
export const gemeenteExcelPath = (slug: string) => `excel/gemeenten/${slug}-excel.csv`;

/** Columns of non-integer fields: written with a decimal comma in the Excel variant. */
function decimalColumns(schema: TableSchema): Set<string> {
  return new Set(schema.fields.filter((field) => field.type === 'number').map((field) => field.name));
}

/** The Excel variant's schema: the same fields, with a decimal comma where a field has decimals. */
export function excelSchema(schema: TableSchema): TableSchema {
  return { ...schema, fields: schema.fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: ',' } : field)) };
}

function header(context: PublishContext, titel: string): JsonHeader {
  return {
    titel,
    dataversie: { datum: context.version.date, commit: context.version.commit },
    licentie: { naam: context.license.title, url: context.license.url },
    beschrijving: 'Velden en betekenis: datapackage.json en /data/ (woordenboek).',
  };
}

/** The three files of one table or of "alles": canonical CSV, Excel CSV and JSON. */
function tableFiles(table: TableName | 'alles', title: string, columns: string[], schema: TableSchema, rows: Row[], context: PublishContext): PublishedFile[] {
  return [
    { path: `${table}.csv`, name: table, format: 'csv', table, title, rows: rows.length, content: toCanonicalCsv(columns, rows), mediatype: 'text/csv', schema },
    {
      path: excelPath(table),
      name: `${table}-excel`,
      format: 'excel',
      table,
      title: `${title} (voor Excel)`,
      rows: rows.length,
      content: toExcelCsv(columns, rows, decimalColumns(schema)),
      mediatype: 'text/csv',
      schema: excelSchema(schema),
    },
    { path: `${table}.json`, name: `${table}-json`, format: 'json', table, title: `${title} (JSON)`, rows: rows.length, content: toJsonFile(header(context, title), { rijen: rows }), mediatype: 'application/json' },
  ];
}

/**
 * Every data file under /data/: each table of data/ and "alles" as canonical CSV, Excel CSV and
 * JSON, and each gemeente's rows as CSV (the columns of "alles") and JSON (per table). Rows keep
 * the order of data/, so a published CSV equals its source file.
 */
export function buildDataFiles(dataset: Dataset, context: PublishContext): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const table of TABLE_NAMES) {
    files.push(...tableFiles(table, TABLES[table].title, columnsOf(table), tableSchema(table), dataset[table] as unknown as Row[], context));
  }
  const columns = allesColumns();
  const schema = allesSchema();
  const alles = buildAlles(dataset);
  files.push(...tableFiles('alles', 'Alles: alle feiten in één tabel', columns, schema, alles, context));
  // Each gemeente's CSV holds its rows of "alles"; grouped once (keeping file order), not filtered per gemeente.
  const allesPerGemeente = group(alles, (row) => row.cbs_code);
  const tablesPerGemeente = gemeenteTablesByCode(dataset);
  for (const gemeente of dataset.gemeenten) {
    const rows = allesPerGemeente.get(gemeente.cbs_code) ?? [];
    const tables = tablesPerGemeente.get(gemeente.cbs_code)!;
    const title = `Gemeente ${gemeente.naam}`;
    const slug = gemeente.slug;
    files.push(
      { path: `gemeenten/${slug}.csv`, name: `gemeente-${slug}`, format: 'csv', table: `gemeente:${slug}`, title, rows: rows.length, content: toCanonicalCsv(columns, rows), mediatype: 'text/csv', schema },
      {
        path: gemeenteExcelPath(slug),
        name: `gemeente-${slug}-excel`,
        format: 'excel',
        table: `gemeente:${slug}`,
        title: `${title} (voor Excel)`,
        rows: rows.length,
        content: toExcelCsv(columns, rows, decimalColumns(schema)),
        mediatype: 'text/csv',
        schema: excelSchema(schema),
      },
      {
        path: `gemeenten/${slug}.json`,
        name: `gemeente-${slug}-json`,
        format: 'json',
        table: `gemeente:${slug}`,
        title: `${title} (JSON)`,
        rows: Object.values(tables).reduce((sum, list) => sum + list.length, 0),
        content: toJsonFile(header(context, title), { cbs_code: gemeente.cbs_code, tabellen: tables as Record<string, Row[]> }),
        mediatype: 'application/json',
      },
    );
  }
  return files;
}
