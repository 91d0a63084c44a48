import type { Row } from './cells';

/** What every JSON download says about itself. */
export interface JsonHeader {
  titel: string;
  /** Date of the last data change and short commit, or null without history. */
  dataversie: { datum: string | null; commit: string | null };
  licentie: { naam: string; url: string };
  /** Where the fields are described. */
  beschrijving: string;
}

/** Rows one per line: a large download stays readable and greppable, at half the bytes of indented JSON. */
function rowsJson(rows: readonly Row[]): string {
  return rows.length === 0 ? '[]' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
}

/**
 * A JSON download: a header (title, data version, licence, where the schema is) and the rows with
 * typed values: numbers as numbers, `primair` as true/false, empty cells as null. Each header
 * field and each row is one line; per-gemeente files hold their rows per table.
 */
export function toJsonFile(
  header: JsonHeader,
  body: { rijen: Row[] } | ({ tabellen: Record<string, Row[]> } & Record<string, unknown>),
): string {
  const fields = Object.entries({ ...header, ...body }).map(([name, value]) => {
    if (name === 'rijen') return `${JSON.stringify(name)}:${rowsJson(value as Row[])}`;
    if (name === 'tabellen') {
      const tables = Object.entries(value as Record<string, Row[]>).map(
        ([table, rows]) => `${JSON.stringify(table)}:${rowsJson(rows)}`,
      );
      return `"tabellen":{\n${tables.join(',\n')}\n}`;
    }
    return `${JSON.stringify(name)}:${JSON.stringify(value)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
