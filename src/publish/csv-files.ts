import { toCanonicalCsv, toExcelCsv } from '../format/csv';
import type { Row } from './cells';
import { withContent } from './file-content';
import type { PublishedFile } from './published-files';
import type { TableSchema } from './table-schema';

/** Columns of non-integer fields: written with a decimal comma in the Excel variant. */
function decimalColumns(schema: TableSchema): Set<string> {
  return new Set(schema.fields.filter((field) => field.type === 'number').map((field) => field.name));
}

/** The Excel variant's schema: the same fields, with a decimal comma where a field has decimals. */
export function excelSchema(schema: TableSchema): TableSchema {
  return {
    ...schema,
    fields: schema.fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: ',' } : field)),
  };
}

/** Where a CSV goes and what it is called; `excelPath` is where its Excel variant goes. */
export interface CsvTarget {
  path: string;
  excelPath: string;
  name: string;
  table: PublishedFile['table'];
  title: string;
}

/**
 * One table as two files: the canonical CSV (comma, decimal point, no BOM) and the Excel variant
 * for Dutch spreadsheets (semicolon, decimal comma, BOM), with the same columns and rows.
 */
export function csvPair(
  target: CsvTarget,
  columns: readonly string[],
  schema: TableSchema,
  rows: Row[],
): PublishedFile[] {
  const { path, excelPath, name, table, title } = target;
  return [
    withContent(
      { path, name, format: 'csv', table, title, rows: rows.length, mediatype: 'text/csv', schema },
      toCanonicalCsv(columns, rows),
    ),
    withContent(
      {
        path: excelPath,
        name: `${name}-excel`,
        format: 'excel',
        table,
        title: `${title} (voor Excel)`,
        rows: rows.length,
        mediatype: 'text/csv',
        schema: excelSchema(schema),
      },
      toExcelCsv(columns, rows, decimalColumns(schema)),
    ),
  ];
}
