import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataEntry, DataFiles } from '../../../src/data/validate-dataset';
import { TABLES, TABLE_NAMES } from '../../../src/data/schemas/tables';
import type { TableName } from '../../../src/data/schemas/tables';
import type { DataIssue } from '../../../src/data/validate/issue';
import { NARRATIVE_KINDS, NARRATIVE_KIND_NAMES } from '../../../src/data/narratives/narrative-kinds';
import type { NarrativeFile } from '../../../src/data/narratives/narrative-kinds';

/*
 * The validation corpus: tests/fixtures/valid/ is a small synthetic dataset that must pass, with
 * the narratives in tests/fixtures/valid-content/ (content/besluiten/, content/gemeenten/), and
 * every folder in tests/fixtures/bad/ replaces one or more of its files with a copy that has ONE
 * change. Each bad folder's expected.json lists exactly the issues that change must cause.
 *
 * A data case changes files of data/: it reaches the build and /meedoen/ alike. A narrative case
 * holds a folder content/ (content/besluiten/<name>.mdx, content/gemeenten/<name>.mdx) whose files
 * replace the valid narratives of the same name or are added to them; it reaches the build (which
 * checks content/ with data/), not /meedoen/, which takes no narratives (see dataCases).
 *
 * expected.json:
 *   description  what is wrong, in words
 *   issues       [{ file, line, character?, column?, rule, value? }]: the exact set the validator
 *                must report; character is the position in the line (narratives); value is the
 *                offending raw cell or figure, which the issue and its message must carry
 *   remove       table names whose file is left out (a missing file)
 *   bytes        { "<file>.csv": "bom" | "latin1" | "crlf" | "raw-bytes" | "no-final-line-break" }:
 *                written as UTF-8 text in the folder, turned into those bytes here so no editor or
 *                git setting can change them ("raw-bytes": each \xNN written in the text becomes the
 *                byte NN; "no-final-line-break": the file's last line break is removed)
 *   entries      { "<name>": "file" | "directory" | "symlink" | "fifo" }: what else data/ holds, made
 *                here in a real directory: a stray file (its content from the folder, if there), a
 *                directory, a symbolic link to the valid file, a named pipe
 *   sameValuesAsValid  the parsed rows must equal those of the valid dataset
 */

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const VALID = `${FIXTURES}valid/`;
export const VALID_CONTENT = `${FIXTURES}valid-content/`;
export const BAD = `${FIXTURES}bad/`;

export type ByteForm = 'bom' | 'latin1' | 'crlf' | 'raw-bytes' | 'no-final-line-break';
export type EntryKind = 'file' | 'directory' | 'symlink' | 'fifo';

export interface ExpectedIssue {
  file: string;
  line: number;
  character?: number;
  column?: string;
  rule: string;
  value?: string;
}

export interface BadCase {
  name: string;
  description: string;
  issues: ExpectedIssue[];
  remove?: TableName[];
  bytes?: Record<string, ByteForm>;
  entries?: Record<string, EntryKind>;
  sameValuesAsValid?: boolean;
}

export const tableOfFile = new Map<string, TableName>(TABLE_NAMES.map((table) => [TABLES[table].file, table]));

export function readValidFiles(): DataFiles {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, new Uint8Array(readFileSync(VALID + TABLES[table].file))]));
}

export function toBytes(text: string, form: ByteForm | undefined): Uint8Array {
  if (form === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
  if (form === 'latin1') return new Uint8Array(Buffer.from(text, 'latin1'));
  if (form === 'crlf') return new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'));
  if (form === 'no-final-line-break') {
    if (!text.endsWith('\n')) throw new Error('"no-final-line-break": the file in the folder must end with a line break');
    return new Uint8Array(Buffer.from(text.slice(0, -1), 'utf8'));
  }
  if (form === 'raw-bytes') {
    const parts = text.split(/\\x([0-9A-F]{2})/);
    return new Uint8Array(Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? Buffer.from([parseInt(part, 16)]) : Buffer.from(part, 'utf8')))));
  }
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function readCase(name: string): BadCase {
  const expected = JSON.parse(readFileSync(`${BAD}${name}/expected.json`, 'utf8')) as Omit<BadCase, 'name'>;
  return { name, ...expected };
}

/** The valid files with the case's replacements (and removals) applied. */
export function filesOf(badCase: BadCase, base: DataFiles = readValidFiles()): DataFiles {
  const files: DataFiles = { ...base };
  for (const file of readdirSync(`${BAD}${badCase.name}`)) {
    if (file === 'expected.json' || file === 'content' || badCase.entries?.[file]) continue;
    const table = tableOfFile.get(file);
    if (!table) throw new Error(`${badCase.name}/${file} is not the file of a table`);
    files[table] = toBytes(readFileSync(`${BAD}${badCase.name}/${file}`, 'utf8'), badCase.bytes?.[file]);
  }
  for (const table of badCase.remove ?? []) delete files[table];
  for (const name of Object.keys(badCase.entries ?? {})) {
    const table = tableOfFile.get(name);
    if (table) delete files[table];
  }
  return files;
}

export const ENTRY_KINDS: Record<EntryKind, DataEntry['kind']> = { file: 'file', directory: 'directory', symlink: 'symbolic link', fifo: 'named pipe' };

/** What else data/ holds in a case, as readDataDirectory would list it. */
export const entriesOf = (badCase: BadCase): DataEntry[] =>
  Object.entries(badCase.entries ?? {}).map(([name, kind]) => ({ name, kind: ENTRY_KINDS[kind] }));

/** The case as a real data directory: its files written, its entries made. Returns the path. */
export function writeCase(badCase: BadCase, root: string): string {
  const dir = join(root, badCase.name);
  mkdirSync(dir);
  const files = filesOf(badCase);
  for (const table of TABLE_NAMES) if (files[table]) writeFileSync(join(dir, TABLES[table].file), files[table]);
  for (const [name, kind] of Object.entries(badCase.entries ?? {})) {
    const path = join(dir, name);
    if (kind === 'directory') mkdirSync(path);
    if (kind === 'symlink') symlinkSync(VALID + name, path);
    if (kind === 'fifo') execFileSync('mkfifo', [path]);
    if (kind === 'file') writeFileSync(path, readdirSync(`${BAD}${badCase.name}`).includes(name) ? readFileSync(`${BAD}${badCase.name}/${name}`) : '');
  }
  return dir;
}

/** The narratives of a content folder (`besluiten/`, `gemeenten/`), keyed by their path from the project root. */
function narrativesIn(dir: string): Map<string, NarrativeFile> {
  const found = new Map<string, NarrativeFile>();
  for (const kind of NARRATIVE_KIND_NAMES) {
    const folder = `${dir}${NARRATIVE_KINDS[kind].folder}/`;
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const path = `content/${NARRATIVE_KINDS[kind].folder}/${name}`;
      found.set(path, { kind, path, bytes: new Uint8Array(readFileSync(folder + name)) });
    }
  }
  return found;
}

/** True when the case holds narratives (a folder content/): it reaches the build, not /meedoen/. */
export const isNarrativeCase = (badCase: BadCase) => existsSync(`${BAD}${badCase.name}/content`);

/** The valid narratives with the case's own narratives replacing those of the same name, or added. */
export function narrativesOf(badCase?: BadCase): NarrativeFile[] {
  const files = narrativesIn(VALID_CONTENT);
  if (badCase && isNarrativeCase(badCase)) for (const [path, file] of narrativesIn(`${BAD}${badCase.name}/content/`)) files.set(path, file);
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The case's narratives as a real content directory next to its data directory; returns the path. */
export function writeNarratives(badCase: BadCase, root: string): string {
  const dir = join(root, `${badCase.name}.content`);
  for (const file of narrativesOf(badCase)) {
    const path = join(dir, file.path.slice('content/'.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  return dir;
}

/** The part of an issue that must match exactly: where it is (line, and character in a narrative) and which rule it breaks. */
export const keyOf = (issue: DataIssue | ExpectedIssue) =>
  `${issue.file}:${issue.line}${issue.character ? `:${issue.character}` : ''} ${issue.column ?? '-'} ${issue.rule}`;
export const keysOf = (issues: (DataIssue | ExpectedIssue)[]) => issues.map(keyOf).sort();

/** The JSON string literals in a message, decoded. */
export const literalsIn = (message: string) => [...message.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((match) => JSON.parse(match[0]) as string);

/**
 * True when a message shows a raw value: as is, JSON-escaped (line breaks as \n), or as a JSON
 * string literal that decodes to it; a long value may be cut ("first part...") when the message
 * also says how long it was.
 */
export const showsValue = (message: string, value: string) =>
  message.includes(value) ||
  message.includes(JSON.stringify(value).slice(1, -1)) ||
  literalsIn(message).some(
    (shown) => shown === value || (shown.endsWith('...') && value.startsWith(shown.slice(0, -3)) && message.includes(`(${value.length} characters)`)),
  );

export const caseNames = readdirSync(BAD).sort();
export const cases = caseNames.map(readCase);
/** The cases that change only data/: the contract /meedoen/ is held to as well as the build. */
export const dataCases = cases.filter((badCase) => !isNarrativeCase(badCase));
