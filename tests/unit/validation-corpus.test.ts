import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/lib/dataset/validate-dataset';
import type { DataFiles } from '../../src/lib/dataset/validate-dataset';
import { TABLES, TABLE_NAMES, columnsOf } from '../../src/lib/schemas/tables';
import type { TableName } from '../../src/lib/schemas/tables';
import type { DataIssue } from '../../src/lib/validate/issue';

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
 *   bytes        { "<file>.csv": "bom" | "latin1" | "crlf" }: written as UTF-8 text in the folder,
 *                turned into those bytes here so no editor or git setting can change them
 *   sameValuesAsValid  the parsed rows must equal those of the valid dataset
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const VALID = `${FIXTURES}valid/`;
const BAD = `${FIXTURES}bad/`;

type ByteForm = 'bom' | 'latin1' | 'crlf';

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
    if (file === 'expected.json') continue;
    const table = tableOfFile.get(file);
    if (!table) throw new Error(`${badCase.name}/${file} is not the file of a table`);
    files[table] = toBytes(readFileSync(`${BAD}${badCase.name}/${file}`, 'utf8'), badCase.bytes?.[file]);
  }
  for (const table of badCase.remove ?? []) delete files[table];
  return files;
}

/** The part of an issue that must match exactly: where it is and which rule it breaks. */
const keyOf = (issue: DataIssue | ExpectedIssue) => `${issue.file}:${issue.line} ${issue.column ?? '-'} ${issue.rule}`;
const keysOf = (issues: (DataIssue | ExpectedIssue)[]) => issues.map(keyOf).sort();

/** True when a message shows a raw value, either as is or JSON-escaped (line breaks as \n). */
const showsValue = (message: string, value: string) => message.includes(value) || message.includes(JSON.stringify(value).slice(1, -1));

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

  test('replace only files of known tables and remove only known tables', () => {
    for (const badCase of cases) {
      for (const file of readdirSync(`${BAD}${badCase.name}`)) {
        if (file !== 'expected.json') expect(tableOfFile.has(file), `${badCase.name}/${file}`).toBe(true);
      }
      for (const table of badCase.remove ?? []) expect(TABLE_NAMES, badCase.name).toContain(table);
    }
  });

  test('each change something: no bad case equals the valid dataset byte for byte', () => {
    const valid = readValidFiles();
    for (const badCase of cases) {
      const files = filesOf(badCase, valid);
      const same = TABLE_NAMES.every((table) => files[table] !== undefined && Buffer.from(files[table]).equals(Buffer.from(valid[table]!)));
      expect(same, badCase.name).toBe(false);
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
      const { issues } = validateDataset(filesOf(badCase));
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
