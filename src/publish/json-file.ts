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

/**
 * A JSON download: a header (title, data version, licence, where the schema is) and the rows with
 * typed values: numbers as numbers, `primair` as true/false, empty cells as null.
 */
export function toJsonFile(header: JsonHeader, body: { rijen: Row[] } | { tabellen: Record<string, Row[]> } & Record<string, unknown>): string {
  return `${JSON.stringify({ ...header, ...body }, null, 1)}\n`;
}
