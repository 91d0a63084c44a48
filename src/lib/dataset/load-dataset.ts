import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, TABLE_NAMES } from '../schemas/tables';
import type { RowOf, TableName } from '../schemas/tables';
import { DataValidationError } from '../validate/issue';
import { validateDataset } from './validate-dataset';
import type { DataFiles } from './validate-dataset';

/** Every table of data/, validated, rows in file order. */
export type Dataset = { [T in TableName]: RowOf<T>[] };

/** Reads the files of a data directory; a missing file is left out (and reported by validation). */
export async function readDataFiles(dataDir: string): Promise<DataFiles> {
  const files: DataFiles = {};
  await Promise.all(
    TABLE_NAMES.map(async (table) => {
      try {
        files[table] = await readFile(join(dataDir, TABLES[table].file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }),
  );
  return files;
}

/**
 * Loads and validates data/. Throws a DataValidationError listing every problem (file, line,
 * column, rule, value) when anything is wrong, so a bad row stops the build.
 */
export async function loadDataset(dataDir: string, label = 'data'): Promise<Dataset> {
  const { tables, issues } = validateDataset(await readDataFiles(dataDir), label);
  if (issues.length > 0) throw new DataValidationError(issues);
  const dataset = {} as Record<string, unknown>;
  for (const table of TABLE_NAMES) dataset[table] = tables[table].map(({ row }) => row);
  return dataset as Dataset;
}
