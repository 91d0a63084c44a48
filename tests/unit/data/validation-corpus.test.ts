import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset, readDataDirectory } from '../../../src/data/load-dataset';
import { validateDataset } from '../../../src/data/validate-dataset';
import { validateSiteInput } from '../../../src/data/load-site-input';
import { readNarrativeFiles } from '../../../src/data/narratives/read-narratives';
import { TABLES, TABLE_NAMES, columnsOf } from '../../../src/data/schemas/tables';
import type { TableName } from '../../../src/data/schemas/tables';
import { DataValidationError, formatIssue } from '../../../src/data/validate/issue';
// The corpus and how a bad case is written: see corpus-cases.ts.
import {
  BAD,
  VALID,
  cases,
  dataCases,
  entriesOf,
  filesOf,
  isNarrativeCase,
  keyOf,
  keysOf,
  narrativesOf,
  readCase,
  readValidFiles,
  showsValue,
  tableOfFile,
  writeCase,
  writeNarratives,
} from './corpus-cases';

/** What the build reports for a case: data/ and content/ together, as the content loaders check them (src/astro/site-input.ts). */
const issuesOf = (badCase: (typeof cases)[number]) => validateSiteInput(filesOf(badCase), narrativesOf(badCase), 'data', entriesOf(badCase)).issues;

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

  test('with its narratives, reports no issues either', () => {
    expect(narrativesOf().map((file) => file.path)).toEqual([
      'content/besluiten/testdorp-2022-03-15-plan.mdx',
      'content/gemeenten/proefstad.mdx',
      'content/gemeenten/testdorp.mdx',
    ]);
    expect(validateSiteInput(readValidFiles(), narrativesOf()).issues).toEqual([]);
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
      'SYNTHETISCH: € 92.000 per jaar, structureel vanaf 2023',
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
        if (file === 'content') {
          for (const folder of readdirSync(`${BAD}${badCase.name}/content`)) expect(['besluiten', 'gemeenten'], `${badCase.name}/content/${folder}`).toContain(folder);
          continue;
        }
        if (file !== 'expected.json') expect(tableOfFile.has(file) || badCase.entries?.[file] === 'file', `${badCase.name}/${file}`).toBe(true);
      }
      for (const table of badCase.remove ?? []) expect(TABLE_NAMES, badCase.name).toContain(table);
    }
  });

  test('each change something: no bad case equals the valid dataset byte for byte', () => {
    const valid = readValidFiles();
    const validNarratives = narrativesOf();
    for (const badCase of cases) {
      const files = filesOf(badCase, valid);
      const same = TABLE_NAMES.every((table) => files[table] !== undefined && Buffer.from(files[table]).equals(Buffer.from(valid[table]!)));
      const narratives = narrativesOf(badCase);
      const sameNarratives = narratives.length === validNarratives.length && narratives.every((file, i) => file.path === validNarratives[i].path && Buffer.from(file.bytes).equals(Buffer.from(validNarratives[i].bytes)));
      expect(same && sameNarratives && entriesOf(badCase).length === 0, badCase.name).toBe(false);
    }
  });

  test('change either data/ or content/: a narrative case leaves data/ as it is', () => {
    const valid = readValidFiles();
    for (const badCase of cases.filter(isNarrativeCase)) {
      const files = filesOf(badCase, valid);
      expect(TABLE_NAMES.every((table) => files[table] === valid[table]), badCase.name).toBe(true);
    }
    expect(cases.filter(isNarrativeCase).length).toBeGreaterThanOrEqual(15);
    expect(dataCases.length + cases.filter(isNarrativeCase).length).toBe(cases.length);
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
      const issues = issuesOf(badCase);
      expect(keysOf(issues)).toEqual(keysOf(badCase.issues));
      // A data case: the data check alone says the same (what /meedoen/ runs).
      if (!isNarrativeCase(badCase)) expect(keysOf(validateDataset(filesOf(badCase), 'data', entriesOf(badCase)).issues)).toEqual(keysOf(issues));

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
  const lines = cases.flatMap((badCase) => issuesOf(badCase).map(formatIssue));

  test('is one line of printable characters: line breaks, controls and invisible characters escaped', () => {
    expect(lines.length).toBeGreaterThan(cases.length);
    for (const line of lines) expect(line, line).toMatch(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]+$/u);
  });

  test('reads file:line, column, message and rule, as README.md documents', () => {
    for (const line of lines) expect(line, line).toMatch(/^(data\/\S+:\d+|content\/\S+\.mdx:\d+(:\d+)?)( column \S+)?: .+ \(rule: [a-z-]+\)$/);
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
      const narratives = await readNarrativeFiles(writeNarratives(badCase, root));
      expect(keysOf(validateSiteInput(files, narratives, 'data', entries).issues)).toEqual(keysOf(badCase.issues));
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
    'final-line-break',
    'unclosed-quote',
    'max-length',
    'year-order',
    'mdx-syntax',
    'import-export',
    'expression',
    'html-element',
    'unknown-component',
    'markdown-element',
    'front-matter-field',
    'duplicate-narrative',
    'figure-in-data',
  ])('explains the rule %s', (rule) => {
    expect(section).toContain(`\`${rule}\``);
  });
});
