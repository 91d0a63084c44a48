import type { Dataset } from '../data/load-dataset';
import { TABLES, TABLE_NAMES, columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { allesColumns, allesSchema, buildAlles } from './alles';
import { csvPair } from './csv-files';
import { gemeenteFiles } from './gemeente-files';
import { withContent } from './file-content';
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
  /** The table (or `alles`) it holds; for per-gemeente files `gemeente:{slug}`, and `gemeente:{slug}:{tabel}` for one of its tables. */
  table: TableName | 'alles' | `gemeente:${string}`;
  title: string;
  /** Data rows, without the header. */
  rows: number;
  /** The file's text; a build writes it away as soon as it is made, and keeps only what is below. */
  content: string;
  /** Its size in bytes (UTF-8) and MD5 hash, which the data package and the catalogue state. */
  bytes: number;
  md5: string;
  mediatype: string;
  /** Table Schema of CSV files. */
  schema?: TableSchema;
}

/** Names of the Excel variant: "-excel" in the name and its own folder, so Dutch users pick it. */
export const excelPath = (table: string) => `excel/${table}-excel.csv`;
export { excelSchema } from './csv-files';
export { gemeenteExcelPath } from './gemeente-files';

function header(context: PublishContext, titel: string): JsonHeader {
  return {
    titel,
    dataversie: { datum: context.version.date, commit: context.version.commit },
    licentie: { naam: context.license.title, url: context.license.url },
    beschrijving: 'Velden en betekenis: datapackage.json en /data/ (woordenboek).',
  };
}

/** The three files of one table or of "alles": canonical CSV, Excel CSV and JSON. */
function* tableFiles(
  table: TableName | 'alles',
  title: string,
  columns: string[],
  schema: TableSchema,
  rows: Row[],
  context: PublishContext,
): Generator<PublishedFile> {
  yield* [
    ...csvPair({ path: `${table}.csv`, excelPath: excelPath(table), name: table, table, title }, columns, schema, rows),
    withContent(
      {
        path: `${table}.json`,
        name: `${table}-json`,
        format: 'json',
        table,
        title: `${title} (JSON)`,
        rows: rows.length,
        mediatype: 'application/json',
      },
      toJsonFile(header(context, title), { rijen: rows }),
    ),
  ];
}

/**
 * Every data file under /data/, one at a time: each table of data/ and "alles" as canonical CSV,
 * Excel CSV and JSON, and each gemeente's files (see gemeente-files.ts). Rows keep the order of
 * data/, so a published CSV of a table equals its source file. One at a time, so that a build can
 * write each away before the next is made: at national scale they are some 450 MB of text.
 */
export function* dataFiles(dataset: Dataset, context: PublishContext): Generator<PublishedFile> {
  for (const table of TABLE_NAMES) {
    yield* tableFiles(
      table,
      TABLES[table].title,
      columnsOf(table),
      tableSchema(table),
      dataset[table] as unknown as Row[],
      context,
    );
  }
  const columns = allesColumns();
  const schema = allesSchema();
  const alles = buildAlles(dataset);
  yield* tableFiles('alles', 'Alles: alle feiten in één tabel', columns, schema, alles, context);
  yield* gemeenteFiles(dataset, alles, columns, schema, (title) => header(context, title));
}

/** Every data file under /data/ with its content, at once (for tests and small datasets). */
export const buildDataFiles = (dataset: Dataset, context: PublishContext): PublishedFile[] => [
  ...dataFiles(dataset, context),
];
