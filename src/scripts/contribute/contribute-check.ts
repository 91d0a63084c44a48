/**
 * The part of the /meedoen/ script that carries the build's validation (and zod with it): loaded
 * on the first check, so the page itself starts with only the small form script.
 */
export { checkContribution } from '../../contribute/check-contribution';
export { contributionCsv, csvHeader } from '../../contribute/contribution';
// The entry point checkContribution runs, exported as is: the parity test feeds it every case
// of the bad-data corpus in the browser and compares with the build (tests/e2e/validation-parity.test.ts).
export { validateDataset } from '../../data/validate-dataset';
import { TABLES } from '../../data/schemas/tables';
import type { TableName } from '../../data/schemas/tables';
import type { DataFiles } from '../../data/validate-dataset';

/** The file name of a table in data/. */
export const fileOf = (table: TableName) => TABLES[table].file;

/** The files of data/ from their texts (as /meedoen/bekend.json sends them), as the bytes the validation reads. */
export function filesOfTexts(tables: Partial<Record<TableName, string>>): DataFiles {
  const encoder = new TextEncoder();
  return Object.fromEntries(Object.entries(tables).map(([table, text]) => [table, encoder.encode(text)])) as DataFiles;
}
