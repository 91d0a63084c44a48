import type { FieldMeta } from '../data/schemas/fields';

/** A parsed cell value: text, a number (years, amounts), a boolean (`primair`), or null (empty). */
export type CellValue = string | number | boolean | null;

/** A published row: column name to parsed value. */
export type Row = Record<string, CellValue>;

/** True for columns whose values may have a fractional part (written with a decimal comma for Excel). */
export function isDecimalType(type: FieldMeta['type'] | 'number'): boolean {
  return type === 'number';
}
