import type { Dataset } from '../dataset/load-dataset';
import { TABLE_NAMES } from '../schemas/tables';
import type { TableName } from '../schemas/tables';
import type { Row } from './cells';

/** Every table's rows for one gemeente: its own row in gemeenten, and each row with its cbs_code. */
export function gemeenteTables(dataset: Dataset, code: string): Partial<Record<TableName, Row[]>> {
  const tables: Partial<Record<TableName, Row[]>> = {};
  for (const table of TABLE_NAMES) {
    const rows = (dataset[table] as unknown as Row[]).filter((row) => row.cbs_code === code);
    if (rows.length > 0 || table === 'gemeenten') tables[table] = rows;
  }
  return tables;
}
