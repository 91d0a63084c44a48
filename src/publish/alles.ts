import type { Dataset } from '../data/load-dataset';
import type { TableName } from '../data/schemas/tables';
import { columnMetas, schemaField } from './table-schema';
import type { SchemaField, TableSchema } from './table-schema';
import type { Row } from './cells';
import { READABLE_FIELDS, SOURCE_COLUMNS, readableLookups, readableRow } from './readable-rows';

/**
 * The fact tables stacked in "alles". Reference tables (gemeenten, inwoners, bronnen) and the
 * search log (onderzocht) stay out: they are not facts about money or decisions.
 */
export const FACT_TABLES = [
  'rijksmiddelen',
  'toekenningen',
  'bestedingen',
  'verschuivingen',
  'besluiten',
  'resultaten',
  'vermeldingen',
] as const satisfies readonly TableName[];

/** Columns "alles" adds in front: which table a row comes from and the gemeente's name. */
const LEAD = ['tabel', 'id', 'cbs_code', 'gemeente'] as const;

/**
 * The columns of "alles": tabel, id, cbs_code, gemeente, then every other fact column once, in
 * table order, with the source's title, date and address after `bron`.
 */
export function allesColumns(): string[] {
  return allesSchema().fields.map((field) => field.name);
}

/**
 * A union (not a join) of the fact tables: one row per source row, with a `tabel` column, the
 * gemeente's name and the source's title, date and address, so no amount is repeated, a pivot
 * table never counts a row twice, and a reader needs no other file to know who and where from.
 */
export function buildAlles(dataset: Dataset, filterCode?: string): Row[] {
  const lookups = readableLookups(dataset);
  const columns = allesColumns();
  const rows: Row[] = [];
  for (const table of FACT_TABLES) {
    for (const source of dataset[table] as unknown as Row[]) {
      const code = (source.cbs_code as string | undefined) ?? null;
      if (filterCode !== undefined && code !== filterCode) continue;
      // Every row has every column (null where its table has none), in the order of the file.
      const row = readableRow(source, columns, lookups);
      row.tabel = table;
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The Table Schema of "alles". A column keeps its type when every fact table agrees on it; where
 * tables differ (a date in one, a partial date in another) it is published as a string. Only
 * `tabel` and `id` are required: other columns are empty for rows of tables without them.
 */
export function allesSchema(): TableSchema {
  const fields = new Map<string, SchemaField>();
  fields.set('tabel', {
    name: 'tabel',
    type: 'string',
    description: 'Uit welke tabel de regel komt (het bestand met dezelfde naam).',
    constraints: { required: true, enum: [...FACT_TABLES] },
  });
  fields.set('id', {
    name: 'id',
    type: 'string',
    description: 'De id van de regel in zijn eigen tabel; samen met tabel uniek.',
    constraints: { required: true },
  });
  fields.set('cbs_code', {
    name: 'cbs_code',
    type: 'string',
    description: 'CBS-code van de gemeente; leeg voor landelijk geld (rijksmiddelen).',
  });
  fields.set('gemeente', READABLE_FIELDS.gemeente);
  const descriptions = new Map<string, string[]>();
  for (const table of FACT_TABLES) {
    for (const { name, meta } of columnMetas(table)) {
      if (LEAD.includes(name as (typeof LEAD)[number])) continue;
      const own = schemaField(name, meta);
      (descriptions.get(name) ?? descriptions.set(name, []).get(name)!).push(`${table}: ${meta.description}`);
      const seen = fields.get(name);
      if (!seen) {
        fields.set(name, {
          name,
          type: own.type,
          description: '',
          ...(own.format ? { format: own.format } : {}),
          ...(own.trueValues ? { trueValues: own.trueValues, falseValues: own.falseValues } : {}),
        });
      } else if (seen.type !== own.type || seen.format !== own.format) {
        fields.set(name, { name, type: 'string', description: '' });
      }
      // The source's title, date and address right after the source's id.
      if (name === 'bron' && !fields.has(SOURCE_COLUMNS[0]))
        for (const extra of SOURCE_COLUMNS) fields.set(extra, READABLE_FIELDS[extra]);
    }
  }
  for (const [name, texts] of descriptions) fields.get(name)!.description = texts.join(' | ');
  return {
    fields: [...fields.values()],
    missingValues: [''],
    primaryKey: ['tabel', 'id'],
    foreignKeys: [{ fields: ['cbs_code'], reference: { resource: 'gemeenten', fields: ['cbs_code'] } }],
  };
}
