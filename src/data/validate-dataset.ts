import { parseCsv } from './csv/parse-csv';
import type { DataIssue } from './validate/issue';
import { quote } from './validate/issue';
import type { CsvRow } from './csv/parse-csv';
import { validateTables } from './validate/validate-tables';
import type { ReadTables } from './validate/validate-tables';
import type { LocatedTables } from './validate/check-integrity';
import { TABLES, TABLE_NAMES, columnsOf } from './schemas/tables';
import type { TableName } from './schemas/tables';

/** The raw bytes of each table's file; a missing entry means the file does not exist. */
export type DataFiles = Partial<Record<keyof typeof TABLES, Uint8Array>>;

/**
 * Something in the data directory other than a table file that was read: a stray file, a
 * directory, a link, a named pipe, or a table file that could not be read (`error`: its code).
 */
export interface DataEntry {
  name: string;
  kind: 'file' | 'directory' | 'symbolic link' | 'named pipe' | 'socket' | 'device' | 'unreadable';
  error?: string;
}

const tableOfFile = new Map<string, TableName>(TABLE_NAMES.map((table) => [TABLES[table].file, table]));
const FILE_NAMES = TABLE_NAMES.map((table) => TABLES[table].file);

/**
 * The site's one validation entry point, used by the build (loadDataset) and by /meedoen/ in the
 * browser (checkContribution): reads every table file (encoding, quoting, header, cell counts),
 * then runs every rule over the rows read (validateTables). Pure: takes bytes (and what else the
 * directory holds), returns rows and every issue found, so tests and the browser can feed it
 * files without a disk. The causes come first: a file that cannot be read is reported before
 * anything else, and the references into it are summarised instead of failing row by row.
 */
export function validateDataset(files: DataFiles, dir = 'data', entries: readonly DataEntry[] = []): { tables: LocatedTables; issues: DataIssue[] } {
  const causes: DataIssue[] = entryIssues(entries, dir);
  const issues: DataIssue[] = [];
  const read = {} as Record<TableName, CsvRow[]>;
  const unreadable = new Set<TableName>();
  for (const table of TABLE_NAMES) {
    const file = `${dir}/${TABLES[table].file}`;
    const bytes = files[table];
    read[table] = [];
    if (bytes === undefined) {
      if (!entries.some((entry) => entry.name === TABLES[table].file)) {
        causes.push({ file, line: 1, rule: 'missing-file', message: 'the file does not exist' });
      }
      unreadable.add(table);
      continue;
    }
    const parsed = parseCsv(bytes, file, columnsOf(table));
    // No row could be read (wrong encoding, broken quotes, bad header): this file is a cause.
    if (parsed.rows.length === 0 && parsed.issues.length > 0) {
      unreadable.add(table);
      causes.push(...parsed.issues);
    } else issues.push(...parsed.issues);
    read[table] = parsed.rows;
  }
  // References are only meaningful once every file parsed; still run them so all problems show at once.
  const validated = validateTables(read satisfies ReadTables, dir, unreadable);
  issues.push(...validated.issues);
  return { tables: validated.tables, issues: [...sortIssues(causes), ...sortIssues(issues)] };
}

/** What a kind of entry is called in a message. */
const KIND_NAMES: Record<DataEntry['kind'], string> = {
  file: 'a file',
  directory: 'a directory',
  'symbolic link': 'a symbolic link',
  'named pipe': 'a named pipe',
  socket: 'a socket',
  device: 'a device',
  unreadable: 'unreadable',
};

/** Every entry of the data directory that is not a table file read as such. */
function entryIssues(entries: readonly DataEntry[], dir: string): DataIssue[] {
  return entries.map((entry): DataIssue => {
    const file = `${dir}/${entry.name}`;
    if (tableOfFile.has(entry.name)) {
      if (entry.kind === 'unreadable') {
        return { file, line: 1, rule: 'unreadable-file', message: `the file cannot be read (${entry.error ?? 'unknown error'}); check its permissions` };
      }
      return {
        file,
        line: 1,
        rule: 'not-a-file',
        message: `is ${KIND_NAMES[entry.kind]}, not a plain file; ${dir}/ holds each table as a plain CSV file${entry.kind === 'symbolic link' ? ' (git keeps only the link, and it can point outside the repository)' : ''}`,
      };
    }
    const near = nearestFileName(entry.name);
    const guess = near ? `did you mean ${near}? ` : '';
    const lock = /^\.~lock\..*#$/.test(entry.name) ? 'it is the lock file of a spreadsheet program that has a table open; close the table there. ' : '';
    return {
      file,
      line: 1,
      rule: 'unknown-file',
      message: `${quote(entry.name)} is ${KIND_NAMES[entry.kind]} but no table of this site: ${lock}${guess}${dir}/ holds only ${FILE_NAMES.join(', ')}`,
      value: entry.name,
    };
  });
}

/** The table file name closest to a stray name (a typing error), if it is close. */
function nearestFileName(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of FILE_NAMES) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
