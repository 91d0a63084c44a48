import type { z } from 'zod';
import { fieldMeta } from '../data/schemas/fields';
import type { FieldMeta } from '../data/schemas/fields';
import { TABLES, columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';

/** One field of a Frictionless Table Schema (v1). */
export interface SchemaField {
  name: string;
  type: FieldMeta['type'] | 'number';
  description: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; maxLength?: number };
}

/** A Frictionless Table Schema (v1). */
export interface TableSchema {
  fields: SchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** The dictionary metadata of every column of a table, in file order. */
export function columnMetas(table: TableName): { name: string; meta: FieldMeta }[] {
  const shape = TABLES[table].schema.shape as Record<string, z.ZodType>;
  return columnsOf(table).map((name) => ({ name, meta: fieldMeta(shape[name]) }));
}

/** Turns the zod metadata of one column into a Table Schema field. */
export function schemaField(name: string, meta: FieldMeta): SchemaField {
  const field: SchemaField = { name, type: meta.type, description: meta.description };
  if (meta.format) field.format = meta.format;
  // A boolean column is written ja/nee in data/; Table Schema spells that with true/falseValues.
  if (meta.type === 'boolean') {
    field.trueValues = ['ja'];
    field.falseValues = ['nee'];
  }
  const constraints: SchemaField['constraints'] = {};
  if (meta.required) constraints.required = true;
  if (meta.unique) constraints.unique = true;
  if (meta.enum && meta.type === 'string') constraints.enum = [...meta.enum];
  if (meta.maxLength !== undefined) constraints.maxLength = meta.maxLength;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/**
 * The Table Schema of a table of data/, generated from the zod schema that validates the build:
 * fields with types, descriptions and constraints, the row key, and a foreign key for every
 * column that points at another table. `resourceOf` names the resource a table is published as.
 */
export function tableSchema(table: TableName, resourceOf: (table: string) => string = (t) => t): TableSchema {
  const columns = columnMetas(table);
  const foreignKeys = columns
    .filter(({ meta }) => meta.references)
    .map(({ name, meta }) => ({
      fields: [name],
      // A self-reference uses the empty resource name, as the spec asks.
      reference: {
        resource: meta.references!.table === table ? '' : resourceOf(meta.references!.table),
        fields: [meta.references!.column],
      },
    }));
  return {
    fields: columns.map(({ name, meta }) => schemaField(name, meta)),
    missingValues: [''],
    primaryKey: [...TABLES[table].key],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
