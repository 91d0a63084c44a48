/** A parsed cell value: text, a number (years, amounts), a boolean (`primair`), or null (empty). */
export type CellValue = string | number | boolean | null;

/** A published row: column name to parsed value. */
export type Row = Record<string, CellValue>;
