// Test helpers, independent of src/publish: validate a Data Package descriptor with ajv
// against the kept JSON Schemas, and check a published CSV file against its Table Schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';

const FIXTURES = fileURLToPath(new URL('../../fixtures/frictionless/', import.meta.url));

function loadSchema(file: string): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(`${FIXTURES}${file}`, 'utf8')) as Record<string, unknown>;
  // Draft-04 profiles; ajv 8 validates them with its default draft (see the fixtures README).
  delete schema.$schema;
  return schema;
}

/** Validators for the Data Package and Table Schema profiles, compiled once. */
export function frictionlessValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { textarea: true } });
  addFormats(ajv);
  return {
    dataPackage: ajv.compile(loadSchema('data-package.json')),
    tableSchema: ajv.compile(loadSchema('table-schema.json')),
  };
}

export interface Field {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; maxLength?: number };
}
export interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}
export interface Resource {
  name: string;
  path: string;
  schema?: Schema;
  dialect?: { delimiter?: string };
}

/** Parses a published CSV the way a reader would: BOM stripped, the resource's delimiter. */
export function parseCsv(text: string, delimiter = ','): { header: string[]; rows: string[][] } {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, { delimiter, header: false, skipEmptyLines: false });
  if (result.errors.length > 0) throw new Error(`CSV parse error: ${result.errors[0].message}`);
  const data = result.data;
  if (data.length > 0 && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  return { header: data[0] ?? [], rows: data.slice(1) };
}

function realDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/** Why a cell does not fit its field, or null when it does. */
function cellProblem(field: Field, value: string): string | null {
  const number = field.decimalChar ? value.replace(field.decimalChar, '.') : value;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) return 'not an integer';
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(number)) return 'not a number';
      break;
    case 'year':
      if (!/^\d{4}$/.test(value)) return 'not a year';
      break;
    case 'date':
      if (!realDate(value)) return 'not a date';
      break;
    case 'boolean':
      if (![...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value))
        return 'not a boolean value';
      break;
    case 'string':
      if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return 'not a URI';
      break;
    default:
      return `unknown type ${field.type}`;
  }
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return 'not in enum';
  if (field.constraints?.maxLength !== undefined && [...value].length > field.constraints.maxLength)
    return 'longer than maxLength';
  return null;
}

/**
 * Checks a CSV file against its Table Schema: header equals the field names, every cell fits its
 * type, required cells are filled, unique and primary-key values do not repeat, and foreign keys
 * point at existing values (`lookup` gives the values of a column of another resource).
 */
export function checkCsvAgainstSchema(
  text: string,
  resource: Resource,
  lookup: (resource: string, column: string) => Set<string>,
): string[] {
  const problems: string[] = [];
  const schema = resource.schema!;
  const { header, rows } = parseCsv(text, resource.dialect?.delimiter ?? ',');
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(`${resource.path}: header ${header.join(',')} is not ${names.join(',')}`);
  const missing = new Set(schema.missingValues ?? ['']);
  rows.forEach((row, index) => {
    if (row.length !== names.length) problems.push(`${resource.path} row ${index + 1}: ${row.length} cells`);
    schema.fields.forEach((field, column) => {
      const value = row[column] ?? '';
      if (missing.has(value)) {
        if (field.constraints?.required)
          problems.push(`${resource.path} row ${index + 1} ${field.name}: required but empty`);
        return;
      }
      const problem = cellProblem(field, value);
      if (problem)
        problems.push(`${resource.path} row ${index + 1} ${field.name}: ${JSON.stringify(value)} ${problem}`);
    });
  });
  const unique = (columns: string[], label: string) => {
    const seen = new Set<string>();
    for (const row of rows) {
      const key = columns.map((c) => row[names.indexOf(c)]).join('\u0000');
      if (seen.has(key)) problems.push(`${resource.path}: ${label} ${JSON.stringify(key)} repeats`);
      seen.add(key);
    }
  };
  for (const field of schema.fields) if (field.constraints?.unique) unique([field.name], `unique ${field.name}`);
  if (schema.primaryKey) unique(schema.primaryKey, 'primary key');
  for (const fk of schema.foreignKeys ?? []) {
    const [own] = fk.fields;
    const target = lookup(fk.reference.resource === '' ? resource.name : fk.reference.resource, fk.reference.fields[0]);
    for (const row of rows) {
      const value = row[names.indexOf(own)];
      if (value !== '' && !target.has(value))
        problems.push(
          `${resource.path} ${own}: ${JSON.stringify(value)} not in ${fk.reference.resource || 'itself'}.${fk.reference.fields[0]}`,
        );
    }
  }
  return problems;
}
