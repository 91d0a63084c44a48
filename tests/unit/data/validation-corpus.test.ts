import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset, readDataDirectory } from '../../../src/data/load-dataset';
import { validateDataset } from '../../../src/data/validate-dataset';
import type { DataEntry, DataFiles } from '../../../src/data/validate-dataset';
import { TABLES, TABLE_NAMES, columnsOf } from '../../../src/data/schemas/tables';
import type { TableName } from '../../../src/data/schemas/tables';
import type { DataIssue } from '../../../src/data/validate/issue';
import { DataValidationError, formatIssue } from '../../../src/data/validate/issue';

/*
 * The validation corpus: tests/fixtures/valid/ is a small synthetic dataset that must pass, and
 * every folder in tests/fixtures/bad/ replaces one or more of its files with a copy that has ONE
 * change. Each bad folder's expected.json lists exactly the issues that change must cause.
 *
 * expected.json:
 *   description  what is wrong, in words
 *   issues       [{ file, line, column?, rule, value? }]: the exact set the validator must report;
 *                value is the offending raw cell, which the issue and its message must carry
 *   remove       table names whose file is left out (a missing file)
 *   bytes        { "<file>.csv": "bom" | "latin1" | "crlf" | "raw-bytes" }: written as UTF-8 text in
 *                the folder, turned into those bytes here so no editor or git setting can change
 *                them ("raw-bytes": each \xNN written in the text becomes the byte NN)
 *   entries      { "<name>": "file" | "directory" | "symlink" | "fifo" }: what else data/ holds, made
 *                here in a real directory: a stray file (its content from the folder, if there), a
 *                directory, a symbolic link to the valid file, a named pipe
 *   sameValuesAsValid  the parsed rows must equal those of the valid dataset
 */

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const VALID = `${FIXTURES}valid/`;
const BAD = `${FIXTURES}bad/`;

type ByteForm = 'bom' | 'latin1' | 'crlf' | 'raw-bytes';
type EntryKind = 'file' | 'directory' | 'symlink' | 'fifo';

interface ExpectedIssue {
  file: string;
  line: number;
  column?: string;
  rule: string;
  value?: string;
}

interface BadCase {
  name: string;
  description: string;
  issues: ExpectedIssue[];
  remove?: TableName[];
  bytes?: Record<string, ByteForm>;
  entries?: Record<string, EntryKind>;
  sameValuesAsValid?: boolean;
}

const tableOfFile = new Map<string, TableName>(TABLE_NAMES.map((table) => [TABLES[table].file, table]));

function readValidFiles(): DataFiles {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, new Uint8Array(readFileSync(VALID + TABLES[table].file))]));
}

function toBytes(text: string, form: ByteForm | undefined): Uint8Array {
  if (form === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
  if (form === 'latin1') return new Uint8Array(Buffer.from(text, 'latin1'));
  if (form === 'crlf') return new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'));
  if (form === 'raw-bytes') {
    const parts = text.split(/\\x([0-9A-F]{2})/);
    return new Uint8Array(Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? Buffer.from([parseInt(part, 16)]) : Buffer.from(part, 'utf8')))));
  }
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

function readCase(name: string): BadCase {
  const expected = JSON.parse(readFileSync(`${BAD}${name}/expected.json`, 'utf8')) as Omit<BadCase, 'name'>;
  return { name, ...expected };
}

/** The valid files with the case's replacements (and removals) applied. */
function filesOf(badCase: BadCase, base: DataFiles = readValidFiles()): DataFiles {
  const files: DataFiles = { ...base };
  for (const file of readdirSync(`${BAD}${badCase.name}`)) {
    if (file === 'expected.json' || badCase.entries?.[file]) continue;
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

const ENTRY_KINDS: Record<EntryKind, DataEntry['kind']> = { file: 'file', directory: 'directory', symlink: 'symbolic link', fifo: 'named pipe' };

/** What else data/ holds in a case, as readDataDirectory would list it. */
const entriesOf = (badCase: BadCase): DataEntry[] =>
  Object.entries(badCase.entries ?? {}).map(([name, kind]) => ({ name, kind: ENTRY_KINDS[kind] }));

/** The case as a real data directory: its files written, its entries made. Returns the path. */
function writeCase(badCase: BadCase, root: string): string {
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

/** The part of an issue that must match exactly: where it is and which rule it breaks. */
const keyOf = (issue: DataIssue | ExpectedIssue) => `${issue.file}:${issue.line} ${issue.column ?? '-'} ${issue.rule}`;
const keysOf = (issues: (DataIssue | ExpectedIssue)[]) => issues.map(keyOf).sort();

/** The JSON string literals in a message, decoded. */
const literalsIn = (message: string) => [...message.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((match) => JSON.parse(match[0]) as string);

/**
 * True when a message shows a raw value: as is, JSON-escaped (line breaks as \n), or as a JSON
 * string literal that decodes to it; a long value may be cut ("first part...") when the message
 * also says how long it was.
 */
const showsValue = (message: string, value: string) =>
  message.includes(value) ||
  message.includes(JSON.stringify(value).slice(1, -1)) ||
  literalsIn(message).some(
    (shown) => shown === value || (shown.endsWith('...') && value.startsWith(shown.slice(0, -3)) && message.includes(`(${value.length} characters)`)),
  );

const caseNames = readdirSync(BAD).sort();
const cases = caseNames.map(readCase);

describe('the valid fixture', () => {
  test('has one file per table with exactly the schema columns as header', () => {
    for (const table of TABLE_NAMES) {
      const header = readFileSync(VALID + TABLES[table].file, 'utf8').split('\n')[0];
      expect(header, table).toBe(columnsOf(table).join(','));
    }
  });

  test('is clearly synthetic: every source title starts with "SYNTHETISCH testbestand" and every URL is on example.org', () => {
    const { tables } = validateDataset(readValidFiles());
    expect(tables.bronnen.length).toBeGreaterThan(0);
    for (const { row } of tables.bronnen) {
      expect(row.titel.startsWith('SYNTHETISCH testbestand')).toBe(true);
      for (const url of [row.url, row.archief_url]) if (url !== null) expect(url.startsWith('https://example.org/')).toBe(true);
    }
  });

  test('exercises every kind of reference at least once', () => {
    const { tables } = validateDataset(readValidFiles());
    const used = (rows: { row: Record<string, unknown> }[], column: string) => rows.some(({ row }) => row[column] !== null);
    expect(used(tables.gemeenten, 'opgegaan_in')).toBe(true);
    expect(used(tables.gemeenten, 'bron')).toBe(true);
    expect(used(tables.bestedingen, 'besluit')).toBe(true);
    expect(used(tables.bestedingen, 'vervangt')).toBe(true);
    expect(used(tables.verschuivingen, 'besteding')).toBe(true);
    expect(used(tables.rijksmiddelen, 'onderdeel_van')).toBe(true);
    expect(used(tables.resultaten, 'cbs_code')).toBe(true);
  });
});

describe('validateDataset on the valid fixture', () => {
  const { tables, issues } = validateDataset(readValidFiles());

  test('reports no issues', () => {
    expect(issues).toEqual([]);
  });

  test('keeps every row of every file', () => {
    const rowCount = (table: TableName) => readFileSync(VALID + TABLES[table].file, 'utf8').trimEnd().split('\n').length - 1;
    for (const table of TABLE_NAMES) expect(tables[table].length, table).toBe(rowCount(table));
  });

  test('reads an amount in whole euros as a number', () => {
    const row = tables.toekenningen.find(({ row }) => row.id === 'toek-testdorp-2022')?.row;
    expect(row?.bedrag_eur).toBe(2932000);
    expect(row?.jaar_van).toBe(2022);
    expect(row?.jaar_tot).toBe(2025);
    expect(row?.per).toBe('totaal');
  });

  test('reads an empty optional cell as null', () => {
    const row = tables.toekenningen.find(({ row }) => row.id === 'toek-proefstad-2023')?.row;
    expect(row?.jaar_tot).toBeNull();
    expect(row?.opmerking).toBeNull();
    expect(row?.periode_bron).toBe('structureel');
  });

  test('reads primair ja as true and nee as false', () => {
    const primair = Object.fromEntries(tables.bronnen.map(({ row }) => [row.id, row.primair]));
    expect(primair['bron-testcirculaire']).toBe(true);
    expect(primair['bron-testkrant']).toBe(false);
  });

  test('reads a rijksmiddelen range as bedrag_min and bedrag_max with bedrag_eur null', () => {
    const row = tables.rijksmiddelen.find(({ row }) => row.id === 'rijk-testmiddelen-opvang')?.row;
    expect(row).toMatchObject({ bedrag_eur: null, bedrag_min: 23000000, bedrag_max: 25000000, onderdeel_van: 'rijk-testmiddelen-totaal' });
  });

  test('keeps text with accents and a quoted comma verbatim', () => {
    expect(tables.gemeenten.find(({ row }) => row.cbs_code === 'GM0002')?.row.provincie).toBe('Fryslân');
    expect(tables.rijksmiddelen.find(({ row }) => row.id === 'rijk-testmiddelen-gemeente')?.row.citaat).toBe(
      'SYNTHETISCH: € 92.000 per jaar, structureel',
    );
  });

  test('gives each row the physical line it came from', () => {
    expect(tables.bestedingen.map(({ line, row }) => [line, row.id])).toEqual([
      [2, 'best-testdorp-team'],
      [3, 'best-testdorp-team-herzien'],
      [4, 'best-testdorp-loket'],
      [5, 'best-proefstad-coordinatie'],
    ]);
  });
});

describe('the bad fixtures', () => {
  test('hold at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test('replace only files of known tables, or hold the stray files they declare, and remove only known tables', () => {
    for (const badCase of cases) {
      for (const file of readdirSync(`${BAD}${badCase.name}`)) {
        if (file !== 'expected.json') expect(tableOfFile.has(file) || badCase.entries?.[file] === 'file', `${badCase.name}/${file}`).toBe(true);
      }
      for (const table of badCase.remove ?? []) expect(TABLE_NAMES, badCase.name).toContain(table);
    }
  });

  test('each change something: no bad case equals the valid dataset byte for byte', () => {
    const valid = readValidFiles();
    for (const badCase of cases) {
      const files = filesOf(badCase, valid);
      const same = TABLE_NAMES.every((table) => files[table] !== undefined && Buffer.from(files[table]).equals(Buffer.from(valid[table]!)));
      expect(same && entriesOf(badCase).length === 0, badCase.name).toBe(false);
    }
  });

  test('encode "Fryslân" in the Latin-1 case as the single byte 0xE2', () => {
    const files = filesOf(readCase('latin1-encoding'));
    expect(Buffer.from(files.vermeldingen!).includes(Buffer.from('Frysl\u00e2n', 'latin1'))).toBe(true);
    expect(Buffer.from(files.vermeldingen!).includes(Buffer.from('Fryslân', 'utf8'))).toBe(false);
  });
});

describe('validateDataset reports exactly the expected issues for', () => {
  for (const badCase of cases) {
    test(`${badCase.name}: ${badCase.description}`, () => {
      const { issues } = validateDataset(filesOf(badCase), 'data', entriesOf(badCase));
      expect(keysOf(issues)).toEqual(keysOf(badCase.issues));

      for (const issue of issues) {
        const expected = badCase.issues.find((candidate) => keyOf(candidate) === keyOf(issue))!;
        // An empty cell is no offending value; anything else must be named in the issue and its message.
        expect(issue.value || undefined, keyOf(issue)).toBe(expected.value);
        if (expected.value !== undefined) expect(showsValue(issue.message, expected.value), issue.message).toBe(true);
      }
    });
  }
});

describe('every issue of the corpus, formatted as the build prints it', () => {
  const lines = cases.flatMap((badCase) => validateDataset(filesOf(badCase), 'data', entriesOf(badCase)).issues.map(formatIssue));

  test('is one line of printable characters: line breaks, controls and invisible characters escaped', () => {
    expect(lines.length).toBeGreaterThan(cases.length);
    for (const line of lines) expect(line, line).toMatch(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]+$/u);
  });

  test('reads file:line, column, message and rule, as README.md documents', () => {
    for (const line of lines) expect(line, line).toMatch(/^data\/\S+:\d+( column \S+)?: .+ \(rule: [a-z-]+\)$/);
  });

  test('stays short: a long value is cut and its length said', () => {
    for (const line of lines) expect(line.length, line).toBeLessThan(700);
    const long = lines.find((line) => line.startsWith('data/bestedingen.csv:2 column maatregel'))!;
    expect(long).toMatch(/\.\.\." \(\d{3} characters\)/);
  });
});

describe('the corpus read from a real data directory', () => {
  // The same cases through readDataDirectory, with the directories, links and named pipes made
  // for real: nothing throws, nothing blocks, and the issues are those read from bytes.
  const root = mkdtempSync(join(tmpdir(), 'pok-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const badCase of cases) {
    test(`${badCase.name}`, async () => {
      const { files, entries } = await readDataDirectory(writeCase(badCase, root));
      expect(entries).toEqual(entriesOf(badCase).sort((a, b) => (a.name < b.name ? -1 : 1)));
      expect(keysOf(validateDataset(files, 'data', entries).issues)).toEqual(keysOf(badCase.issues));
    });
  }

  test('a data/ that is a file, not a directory, is one located issue, not a stack trace', async () => {
    const path = join(root, 'data-as-file');
    writeFileSync(path, 'id\n');
    const error = await loadDataset(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).issues.map(keyOf)).toEqual(['data:1 - data-directory']);
  });

  test('a data/ that does not exist reports every table file as missing', async () => {
    const error = (await loadDataset(join(root, 'nowhere')).catch((caught: unknown) => caught)) as DataValidationError;
    expect(error.issues.map((issue) => issue.rule)).toEqual(TABLE_NAMES.map(() => 'missing-file'));
  });
});

describe('validateDataset with CRLF line ends', () => {
  test('reads the same values as from the LF files', () => {
    const crlf = cases.filter((badCase) => badCase.sameValuesAsValid);
    expect(crlf.map((badCase) => badCase.name)).toContain('crlf-line-ends');
    const valid = validateDataset(readValidFiles()).tables;
    for (const badCase of crlf) expect(validateDataset(filesOf(badCase)).tables, badCase.name).toEqual(valid);
  });
});

describe('validateDataset with problems in several files', () => {
  test('reports all of them in one run', () => {
    const names = ['wrong-delimiter', 'amount-thousands-separator', 'http-url', 'duplicate-gemeente-slug', 'impossible-date', 'unknown-source'];
    const picked = names.map(readCase);
    const valid = readValidFiles();
    const files = { ...valid };
    const touched = new Set<TableName>();
    for (const badCase of picked) {
      const own = filesOf(badCase, valid);
      for (const table of TABLE_NAMES) {
        if (own[table] === valid[table]) continue;
        // The picked cases change different files, so their changes combine without overlap.
        expect(touched.has(table), `${badCase.name} changes ${table} again`).toBe(false);
        touched.add(table);
        files[table] = own[table];
      }
    }

    const { issues } = validateDataset(files);
    expect(keysOf(issues)).toEqual(keysOf(picked.flatMap((badCase) => badCase.issues)));
    expect(new Set(issues.map((issue) => issue.file)).size).toBe(names.length);
  });
});

describe('README.md, "Een bouwfout lezen"', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(readme.indexOf('## Een bouwfout lezen'), readme.indexOf('\n## ', readme.indexOf('## Een bouwfout lezen') + 1));

  test.each([
    'line-break',
    'control-character',
    'invisible-character',
    'space-after-quote',
    'encoding',
    'date-range',
    'url-credentials',
    'url-host',
    'not-a-file',
    'unknown-file',
    'unreadable-file',
    'data-directory',
    'reference-unchecked',
  ])('explains the rule %s', (rule) => {
    expect(section).toContain(`\`${rule}\``);
  });
});
