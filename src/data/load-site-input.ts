import { join } from 'node:path';
import type { Dataset } from './load-dataset';
import { readDataDirectory } from './load-dataset';
import type { DataEntry, DataFiles } from './validate-dataset';
import { validateDataset } from './validate-dataset';
import type { LocatedTables } from './validate/check-integrity';
import type { DataIssue } from './validate/issue';
import { DataValidationError } from './validate/issue';
import { TABLE_NAMES } from './schemas/tables';
import { validateNarratives } from './narratives/validate-narratives';
import type { NarrativeFile } from './narratives/narrative-kinds';
import { readNarrativeFiles } from './narratives/read-narratives';

/** The rows of validated tables, without their line numbers. */
export function rowsOf(tables: LocatedTables): Dataset {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table].map(({ row }) => row)])) as unknown as Dataset;
}

/**
 * Everything the build reads: data/ (validateDataset) and the narratives in content/
 * (validateNarratives). The narratives are checked against the data only when the data is valid,
 * so one broken file is reported as one cause, not as every narrative that points into it.
 */
export function validateSiteInput(
  files: DataFiles,
  narratives: readonly NarrativeFile[],
  dir = 'data',
  entries: readonly DataEntry[] = [],
): { tables: LocatedTables; issues: DataIssue[] } {
  const { tables, issues } = validateDataset(files, dir, entries);
  return { tables, issues: [...issues, ...validateNarratives(narratives, issues.length === 0 ? rowsOf(tables) : null)] };
}

/** Reads and checks data/ and content/ of a project; throws every problem at once (file, line, column, rule). */
export async function loadSiteInput(root: string): Promise<Dataset> {
  const [{ files, entries }, narratives] = await Promise.all([readDataDirectory(join(root, 'data')), readNarrativeFiles(join(root, 'content'))]);
  const { tables, issues } = validateSiteInput(files, narratives, 'data', entries);
  if (issues.length > 0) throw new DataValidationError(issues);
  return rowsOf(tables);
}
