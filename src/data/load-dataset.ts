import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, TABLE_NAMES } from './schemas/tables';
import type { RowOf, TableName } from './schemas/tables';
import { DataValidationError } from './validate/issue';
import { validateDataset } from './validate-dataset';
import type { DataEntry, DataFiles } from './validate-dataset';

/** Every table of data/, validated, rows in file order. */
export type Dataset = { [T in TableName]: RowOf<T>[] };

/** What a directory entry is, as a message names it. */
function kindOf(entry: Dirent): DataEntry['kind'] {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFIFO()) return 'named pipe';
  if (entry.isSocket()) return 'socket';
  return 'device';
}

/**
 * Reads the table files of a data directory, and lists everything else in it: a stray or
 * misspelled file, a directory or link named like a table, a file that cannot be read. Only
 * plain files are opened (a named pipe would block the build); nothing here throws for what the
 * directory holds, so validation can name it.
 */
export async function readDataDirectory(dataDir: string, label = 'data'): Promise<{ files: DataFiles; entries: DataEntry[] }> {
  const files: DataFiles = {};
  const entries: DataEntry[] = [];
  let listing: Dirent[];
  try {
    listing = await readdir(dataDir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { files, entries }; // every table is then reported missing
    throw new DataValidationError([{ file: label, line: 1, rule: 'data-directory', message: `cannot be read as a directory (${code ?? String(error)})` }]);
  }
  await Promise.all(
    listing.map(async (entry) => {
      const table = TABLE_NAMES.find((name) => TABLES[name].file === entry.name);
      const kind = kindOf(entry);
      if (!table || kind !== 'file') {
        entries.push({ name: entry.name, kind });
        return;
      }
      try {
        files[table] = await readFile(join(dataDir, entry.name));
      } catch (error) {
        entries.push({ name: entry.name, kind: 'unreadable', error: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
    }),
  );
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { files, entries };
}

/**
 * Loads and validates data/. Throws a DataValidationError listing every problem (file, line,
 * column, rule, value) when anything is wrong, so a bad row stops the build.
 */
export async function loadDataset(dataDir: string, label = 'data'): Promise<Dataset> {
  const { files, entries } = await readDataDirectory(dataDir, label);
  const { tables, issues } = validateDataset(files, label, entries);
  if (issues.length > 0) throw new DataValidationError(issues);
  const dataset = {} as Record<string, unknown>;
  for (const table of TABLE_NAMES) dataset[table] = tables[table].map(({ row }) => row);
  return dataset as Dataset;
}
