/**
 * The part of the /meedoen/ script that carries the build's schemas (and zod with them): loaded
 * on the first check, so the page itself starts with only the small form script.
 */
export { checkContribution } from '../../contribute/check-contribution';
export { contributionCsv, csvHeader } from '../../contribute/contribution';
import { TABLES } from '../../data/schemas/tables';
import type { TableName } from '../../data/schemas/tables';

/** The file name of a table in data/. */
export const fileOf = (table: TableName) => TABLES[table].file;
