import { TABLE_NAMES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { formatBytes } from './format-bytes';
import { GEMEENTE_TABLES } from './gemeente-files';
import type { Published } from './published';

/** One table's three files as /data/ lists them. */
export interface TableFiles {
  table: TableName | 'alles';
  csv: Published['files'][number];
  excel: Published['files'][number];
  json: Published['files'][number];
}

/**
 * What /data/ and /en/data/ say about the files the build wrote, computed once for both pages:
 * every table's files (alles first), the example gemeente (Amstelveen where it exists) with its
 * rows per table, and the sizes of the package and catalogue descriptions.
 */
export function dataPageFiles(published: Pick<Published, 'dataset' | 'files' | 'bytes' | 'datapackage' | 'catalogue'>) {
  const { dataset, files, bytes } = published;
  const find = (table: string, format: string) => files.find((f) => f.table === table && f.format === format);
  const fileOf = (table: string, format: string) => find(table, format)!;
  const tables: TableFiles[] = (['alles', ...TABLE_NAMES] as const).map((table) => ({
    table,
    csv: fileOf(table, 'csv'),
    excel: fileOf(table, 'excel'),
    json: fileOf(table, 'json'),
  }));
  const example = dataset.gemeenten.find((g) => g.cbs_code === 'GM0362') ?? dataset.gemeenten[0];
  const exampleCounts = Object.fromEntries(
    GEMEENTE_TABLES.map((table) => [table, find(`gemeente:${example.slug}:${table}`, 'csv')?.rows ?? 0]),
  );
  return {
    tables,
    sizeOf: (file: { path: string }) => formatBytes(bytes.get(file.path)!),
    example,
    exampleCounts,
    datapackageSize: formatBytes(Buffer.byteLength(published.datapackage, 'utf8')),
    catalogueSize: formatBytes(Buffer.byteLength(published.catalogue, 'utf8')),
  };
}
