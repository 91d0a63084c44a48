import { group } from 'd3-array';
import type { Dataset } from '../data/load-dataset';
import { TABLE_NAMES } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import type { Row } from './cells';

export type GemeenteTables = Partial<Record<TableName, Row[]>>;

/**
 * Every table's rows per gemeente: its own row in gemeenten, and each row with its cbs_code, in
 * the order of data/. Grouped in one pass over the data, not one pass per gemeente, because the
 * site publishes an extract for every gemeente.
 */
export function gemeenteTablesByCode(dataset: Dataset): Map<string, GemeenteTables> {
  const result = new Map<string, GemeenteTables>(dataset.gemeenten.map((g) => [g.cbs_code, {}]));
  for (const table of TABLE_NAMES) {
    const rows = dataset[table] as unknown as Row[];
    for (const [code, own] of group(rows, (row) => row.cbs_code as string)) {
      const tables = result.get(code);
      if (tables) tables[table] = own;
    }
  }
  // A gemeente's extract always has its gemeenten row, even when nothing else is known.
  for (const tables of result.values()) tables.gemeenten ??= [];
  return result;
}
