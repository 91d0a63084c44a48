import type { FieldMeta } from '../../data/schemas/fields';

/** A parsed cell value: text, a number (years, amounts), a boolean (`primair`), or null (empty). */
export type CellValue = string | number | boolean | null;

/** A published row: column name to parsed value. */
export type Row = Record<string, CellValue>;

/**
 * Writes a parsed value back as the text of data/: empty for null, `ja`/`nee` for booleans
 * (the spelling of data/, so a published CSV equals its source), digits for numbers.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** cellText, but null for an empty cell (the CSV writers write it as nothing, without any checks). */
export function cellTextOrNull(value: CellValue): string | null {
  const text = cellText(value);
  return text === '' ? null : text;
}

/** True for columns whose values may have a fractional part (written with a decimal comma for Excel). */
export function isDecimalType(type: FieldMeta['type'] | 'number'): boolean {
  return type === 'number';
}
