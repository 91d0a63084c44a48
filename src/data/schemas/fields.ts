import { z } from 'zod';
import type { CellResult } from './cell-rules';
import { checkCbsCode, checkCount, checkEuros, checkHttpsUrl, checkId, checkLength, checkText, checkYear } from './cell-rules';
import type { DateRange } from './zod-cells';
import { checkPartialDate, checked, choiceCell, isoDateCell, yesNoCell } from './zod-cells';
import { DATE_MIN, YEAR_MAX, YEAR_MIN } from '../../site/years';

/**
 * What a column means, kept on the schema itself (zod `.meta()`) so the data dictionary and the
 * data package are generated from the same definitions that validate the build.
 */
export interface FieldMeta {
  /** Meaning in plain Dutch, for the data dictionary. */
  description: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'integer' | 'date' | 'year' | 'boolean';
  /** Frictionless format, e.g. `uri`. */
  format?: string;
  required: boolean;
  enum?: readonly string[];
  /** Table and column this column points at, for foreign keys. */
  references?: { table: string; column: string };
  /** The row key of its table. */
  unique?: boolean;
  /** Most characters a cell may hold; stated in the description too, and a constraint in the data package. */
  maxLength?: number;
  /** A date as precise as the source (YYYY-MM-DD, YYYY-MM or YYYY), published as a string. */
  partialDate?: boolean;
}

/**
 * Maximum lengths of text columns, in characters, chosen from what a column is for. A cell is
 * published in page titles, tables, share images and downloads: a 100 KB summary once became a
 * 100,000-character <title>. Every text column states its limit; the cell check enforces it.
 */
export const LENGTH = {
  /** A verbatim quote: a few sentences of the source around the fact. */
  quote: 1000,
  /** An editor's note, or why a quote cannot state its amount. */
  note: 1000,
  /** A measure as the source words it, or what a result or a mention is about. */
  sentence: 500,
  /** A document title, or where a document without a public address can be found. */
  title: 300,
  /** One line shown in a page title or a table cell: a summary, a route, a stream of money. */
  line: 200,
  /** A name: a gemeente, a publisher, another name people use. */
  name: 100,
  /** A short value: a province, a unit. */
  word: 50,
  /** An id: readable, part of a web address. */
  id: 100,
  /** A web address (browsers and servers stop well beyond 2,000 characters). */
  url: 2000,
} as const;

/** The description with the length limit stated, as the data dictionary shows it. */
const withLimit = (description: string, max: number) => `${description} Hoogstens ${max} tekens.`;

/** A text reader with a length limit first, so an over-long cell is named by its length. */
const limited =
  <T>(check: (raw: string) => CellResult<T>, max: number) =>
  (raw: string): CellResult<T> => {
    const length = checkLength(raw, max);
    return length.ok ? check(raw) : length;
  };

interface Options {
  required?: boolean;
}

/** What reads a filled cell: a zod cell schema, or a custom check (see zod-cells.ts). */
type Reader<T> = z.ZodType<T, string> | ((raw: string) => CellResult<T>);

/** An empty cell in a required column: one issue, and the cell's own checks do not run. */
function requireFilled(ctx: z.core.ParsePayload<string>) {
  if (ctx.value === '') {
    ctx.issues.push({ code: 'custom', message: 'is empty, but this column is required', params: { rule: 'required' }, input: ctx.value });
  }
}

/** Wraps a cell reader as a zod field. An empty cell is `null`, or a `required` error. */
function cell<T>(reader: Reader<T>, meta: FieldMeta) {
  const read = typeof reader === 'function' ? checked(reader) : reader;
  const field = meta.required
    ? z.string().check(requireFilled).pipe(read)
    : z.preprocess((raw) => (raw === '' ? null : raw), read.nullable());
  return field.meta({ ...meta });
}

/** Narrows a nullable cell type to non-null for required fields. */
function requiredCell<T>(reader: Reader<T>, meta: Omit<FieldMeta, 'required'>) {
  return cell(reader, { ...meta, required: true }) as unknown as z.ZodType<T, string>;
}
function optionalCell<T>(reader: Reader<T>, meta: Omit<FieldMeta, 'required'>) {
  return cell(reader, { ...meta, required: false }) as unknown as z.ZodType<T | null, string>;
}
/** A field's type: nullable only when declared `{ required: false }`. */
type Field<T, O extends Options> = O extends { required: false } ? z.ZodType<T | null, string> : z.ZodType<T, string>;

function make<T, const O extends Options>(reader: Reader<T>, meta: Omit<FieldMeta, 'required'>, options: O): Field<T, O> {
  return (options.required === false ? optionalCell(reader, meta) : requiredCell(reader, meta)) as Field<T, O>;
}

/** Free text of at most `max` characters (see LENGTH); the limit is stated in the description. */
export const text = (description: string, max: number) =>
  requiredCell(limited(checkText, max), { description: withLimit(description, max), type: 'string', maxLength: max });
export const optionalText = (description: string, max: number) =>
  optionalCell(limited(checkText, max), { description: withLimit(description, max), type: 'string', maxLength: max });

const checkIdCell = limited(checkId, LENGTH.id);
const idMeta = (description: string) => ({ description: withLimit(description, LENGTH.id), type: 'string' as const, maxLength: LENGTH.id });

export const id = (description: string) => requiredCell(checkIdCell, { ...idMeta(description), unique: true });

/** A reference to the `id` (or another key column) of another table. */
export const ref = (description: string, table: string, column = 'id') =>
  requiredCell(checkIdCell, { ...idMeta(description), references: { table, column } });
export const optionalRef = (description: string, table: string, column = 'id') =>
  optionalCell(checkIdCell, { ...idMeta(description), references: { table, column } });

export const cbsCode = (description: string) =>
  requiredCell(checkCbsCode, { description, type: 'string', references: { table: 'gemeenten', column: 'cbs_code' } });
export const optionalCbsCode = (description: string) =>
  optionalCell(checkCbsCode, { description, type: 'string', references: { table: 'gemeenten', column: 'cbs_code' } });

export const euros = (description: string) => requiredCell(checkEuros, { description, type: 'integer' });
export const optionalEuros = (description: string) => optionalCell(checkEuros, { description, type: 'integer' });
export const count = (description: string) => requiredCell(checkCount, { description, type: 'integer' });

export const year = <const O extends Options & { min?: number; max?: number } = {}>(description: string, options: O = {} as O) =>
  make((raw) => checkYear(raw, options.min ?? YEAR_MIN, options.max ?? YEAR_MAX), { description, type: 'year' }, options);

/** Tomorrow in UTC: a date written in the Netherlands just after midnight is not yet today in UTC. */
const latestDay = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Dates of things that have happened: a publication, a decision, a search. */
export const PAST_DATES: DateRange = {
  min: DATE_MIN,
  max: latestDay(),
  minReason: 'earlier than any document about the POK money (a typing error?)',
  maxReason: 'a date in the future (a typing error?)',
};
/** Dates a gemeente began or ended: within the years of the POK money, when a merger is planned ahead. */
export const POK_PERIOD_DATES: DateRange = {
  min: DATE_MIN,
  max: `${YEAR_MAX}-12-31`,
  minReason: 'earlier than the POK money (leave the cell empty for a gemeente that existed before)',
  maxReason: `after the last year of the POK money, ${YEAR_MAX}`,
};

/** An ISO date; by default one that has happened (PAST_DATES). */
export const date = <const O extends Options & { range?: DateRange } = {}>(description: string, options: O = {} as O) =>
  make(isoDateCell(options.range ?? PAST_DATES), { description, type: 'date' }, options);
/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the source, and in the past. Published as a string. */
export const partialDate = <const O extends Options = {}>(description: string, options: O = {} as O) =>
  make((raw) => checkPartialDate(raw, PAST_DATES), { description, type: 'string', partialDate: true }, options);

export const httpsUrl = <const O extends Options = {}>(description: string, options: O = {} as O) =>
  make(limited(checkHttpsUrl, LENGTH.url), { description: withLimit(description, LENGTH.url), type: 'string', format: 'uri', maxLength: LENGTH.url }, options);

export function oneOf<const T extends string, const O extends Options = {}>(values: readonly T[], description: string, options: O = {} as O) {
  return make(choiceCell(values), { description, type: 'string', enum: values }, options);
}

/** `ja` or `nee`, read as a boolean. */
export const yesNo = (description: string) => requiredCell(yesNoCell(), { description, type: 'boolean', enum: ['ja', 'nee'] });

/** Reads the dictionary metadata of a field. */
export function fieldMeta(field: z.ZodType): FieldMeta {
  const meta = z.globalRegistry.get(field) as FieldMeta | undefined;
  if (!meta) throw new Error('field without metadata');
  return meta;
}

/** The CBS code as the key of gemeenten.csv. */
export const cbsKey = (description: string) => requiredCell(checkCbsCode, { description, type: 'string', unique: true });
