import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import type { DataFiles } from '../../../src/data/validate-dataset';
import { TABLES, TABLE_NAMES } from '../../../src/data/schemas/tables';
import { formatIssue } from '../../../src/data/validate/issue';
import { generateDataset, seededRandom, toCsv } from '../../fixtures/generator/synthetic-data';
import type { Scale } from '../../fixtures/generator/synthetic-data';

/*
 * Very large and damaged inputs (a 50 MB file, a 100 000-row file, generated here and never
 * committed) are either accepted with exactly the values written or rejected with file, line,
 * column and rule, in bounded time and without throwing. The bad-input corpus: robustness.test.ts.
 */

/** The generated dataset as the bytes validateDataset takes, with one table's text replaced. */
function filesOf(scale: Scale, replace?: { table: 'bestedingen'; text: string | Uint8Array }): DataFiles {
  const { files } = generateDataset(scale);
  const bytes: DataFiles = {};
  for (const table of TABLE_NAMES) bytes[table] = new Uint8Array(Buffer.from(files[TABLES[table].file]));
  if (replace) bytes[replace.table] = typeof replace.text === 'string' ? new Uint8Array(Buffer.from(replace.text)) : replace.text;
  return bytes;
}

/** Runs the validator and measures it; never lets an exception pass unnoticed. */
function timed(files: DataFiles) {
  const start = performance.now();
  const result = validateDataset(files);
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

const LIMIT_SECONDS = 60;

describe('validateDataset on a 100 000-row file', () => {
  // 100 gemeenten × 5 years × 200 lines = exactly 100 000 spending lines.
  const scale: Scale = { gemeenten: 100, years: [2021, 2025], linesPerYear: 200, decisions: 100 };
  const { rows } = generateDataset(scale);
  const written = rows.bestedingen;

  test('accepts it with exactly the values written, each on its own line', () => {
    expect(written.length).toBe(100_000);
    const { tables, issues, seconds } = timed(filesOf(scale));
    expect(issues).toEqual([]);
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    expect(tables.bestedingen.length).toBe(100_000);
    for (const index of [0, 1, 49_999, 77_776, 99_999]) {
      const { line, row } = tables.bestedingen[index];
      expect(line).toBe(index + 2);
      expect(row.id).toBe(written[index].id);
      expect(row.bedrag_eur).toBe(written[index].bedrag_eur);
      expect(row.maatregel).toBe(written[index].maatregel);
    }
    expect(tables.bestedingen.reduce((sum, { row }) => sum + (row.bedrag_eur ?? 0), 0)).toBe(
      written.reduce((sum, row) => sum + Number(row.bedrag_eur), 0),
    );
  }, 120_000);

  test('rejects one Dutch-formatted amount on line 77 778 with file, line, column and rule', () => {
    const changed = written.map((row, index) => (index === 77_776 ? { ...row, bedrag_eur: '1.234.000' } : row));
    const { issues, seconds } = timed(filesOf(scale, { table: 'bestedingen', text: toCsv('bestedingen', changed) }));
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.rule, issue.value])).toEqual([
      ['data/bestedingen.csv', 77_778, 'bedrag_eur', 'whole-euros', '1.234.000'],
    ]);
  }, 120_000);
});

describe('validateDataset on a 50 MB file', () => {
  // 50 gemeenten × 7 years × 160 lines, each with a long remark full of commas and quotes (just
  // under the 1,000 characters an opmerking may hold).
  const scale: Scale = { gemeenten: 50, years: [2021, 2027], linesPerYear: 160, decisions: 50 };
  const { rows } = generateDataset(scale);
  const remark = (index: number) => `SYNTHETISCH opmerking ${index}: ${'een "lange" tekst, met komma\'s en aanhalingstekens; '.repeat(17)}einde`;
  const written = rows.bestedingen.map((row, index) => ({ ...row, opmerking: remark(index) }));
  const text = toCsv('bestedingen', written);

  test('is at least 50 MB', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  test('accepts it with exactly the values written', () => {
    const { tables, issues, seconds } = timed(filesOf(scale, { table: 'bestedingen', text }));
    expect(issues).toEqual([]);
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    expect(tables.bestedingen.length).toBe(written.length);
    for (const index of [0, 12_345, written.length - 1]) {
      expect(tables.bestedingen[index].row.opmerking).toBe(remark(index));
      expect(tables.bestedingen[index].line).toBe(index + 2);
    }
  }, 120_000);

  test('rejects a formula in the last row with file, line, column and rule', () => {
    const last = written.length - 1;
    const changed = written.map((row, index) => (index === last ? { ...row, opmerking: '=HYPERLINK("https://example.org")' } : row));
    const { issues, seconds } = timed(filesOf(scale, { table: 'bestedingen', text: toCsv('bestedingen', changed) }));
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.rule])).toEqual([['data/bestedingen.csv', last + 2, 'opmerking', 'formula']]);
  }, 120_000);

  test('rejects a Latin-1 byte near the end with the line it is on and rule encoding', () => {
    const last = written.length - 1;
    const changed = written.map((row, index) => (index === last ? { ...row, maatregel: 'SYNTHETISCH Fryslân' } : row));
    const bytes = new Uint8Array(Buffer.from(toCsv('bestedingen', changed), 'latin1'));
    const { issues, seconds } = timed(filesOf(scale, { table: 'bestedingen', text: bytes }));
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    // The text is not valid UTF-8 as a whole: the file is rejected at the first bad byte, that
    // cause comes first, and the rows that point into it are summarised in one issue, nothing else.
    const own = issues.filter((issue) => issue.file === 'data/bestedingen.csv');
    expect(own.map((issue) => [issue.line, issue.rule])).toEqual([[last + 2, 'encoding']]);
    expect(issues[0]).toBe(own[0]);
    expect(issues.filter((issue) => !own.includes(issue)).map((issue) => [issue.file, issue.column, issue.rule])).toEqual([
      ['data/verschuivingen.csv', 'besteding', 'reference-unchecked'],
    ]);
  }, 120_000);

  test('rejects an unclosed quote on the last line without hanging', () => {
    const broken = `${text.trimEnd()}\nbest-x,GM0001,2022,2022,,totaal,"nooit gesloten,,,,,,,,,,,,,,,,\n`;
    const { issues, seconds } = timed(filesOf(scale, { table: 'bestedingen', text: broken }));
    expect(seconds).toBeLessThan(LIMIT_SECONDS);
    const own = issues.filter((issue) => issue.file === 'data/bestedingen.csv');
    expect(own.map((issue) => [issue.line, issue.rule])).toEqual([[written.length + 2, 'unclosed-quote']]);
    expect(issues[0]).toBe(own[0]);
    expect(issues.filter((issue) => !own.includes(issue)).map((issue) => [issue.file, issue.column, issue.rule])).toEqual([
      ['data/verschuivingen.csv', 'besteding', 'reference-unchecked'],
    ]);
  }, 120_000);
});

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const validFiles = (): DataFiles => Object.fromEntries(TABLE_NAMES.map((table) => [table, new Uint8Array(readFileSync(VALID + TABLES[table].file))]));

/** Every issue names a file of data/, a line, a rule, and prints as one short printable line. */
function expectReadable(issues: ReturnType<typeof validateDataset>['issues'], label: string) {
  for (const issue of issues) {
    const line = formatIssue(issue);
    expect(issue.file, label).toMatch(/^data\/./);
    expect(Number.isInteger(issue.line) && issue.line >= 1, `${label}: ${line}`).toBe(true);
    expect(issue.rule, `${label}: ${line}`).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(line, label).toMatch(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]+$/u);
    expect(line.length, `${label}: ${line.slice(0, 300)}`).toBeLessThan(1000);
  }
}

describe('validateDataset on a 10 MB header cell', () => {
  test('reports it in a message that is cut and says how long the value was', () => {
    const files = validFiles();
    const name = `toelichting${'x'.repeat(10 * 1024 * 1024)}`;
    const text = Buffer.from(files.bestedingen!).toString('utf8').replace('\n', `,${name}\n`);
    files.bestedingen = new Uint8Array(Buffer.from(text));
    const { issues } = validateDataset(files);
    // A bad header makes the rows unreadable: the spending lines shifts refer to wait for it.
    expect(issues.map((issue) => [issue.file, issue.line, issue.rule])).toEqual([
      ['data/bestedingen.csv', 1, 'unknown-column'],
      ['data/verschuivingen.csv', 2, 'reference-unchecked'],
    ]);
    expect(formatIssue(issues[0])).toContain(`(${name.length} characters)`);
    expectReadable(issues, '10 MB header');
  });
});

describe('validateDataset on random damage (seeded)', () => {
  // What real files contain when they go wrong: stray quotes and commas, line breaks of every
  // kind, controls, invisible and direction-changing characters, bytes that are no UTF-8.
  const PIECES = ['"', '""', ',', '\n', '\r\n', '\r', ' ', '\t', '\u0085', '\u2028', '\u2029', '\u200b', '\u202e', '\u2066', '\ufeff', '\u0000', '\u009b', '\ufffd', 'é', '=', '<b>', '-1', '9999-12-31', 'https://user:pw@example.org/', 'xn--80ak6aa92e'];
  const BYTES = [0xe2, 0x80, 0xc0, 0xff, 0xed, 0xa0];
  const random = seededRandom(16);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  test('never throws, and every issue is located and readable', () => {
    const valid = validFiles();
    for (let round = 0; round < 300; round += 1) {
      const files = { ...valid };
      const table = pick(TABLE_NAMES);
      let bytes = Buffer.from(valid[table]!);
      for (let change = 0; change < 1 + Math.floor(random() * 4); change += 1) {
        const at = Math.floor(random() * (bytes.length + 1));
        const insert = random() < 0.15 ? Buffer.from([pick(BYTES)]) : Buffer.from(pick(PIECES), 'utf8');
        const cut = random() < 0.3 ? Math.floor(random() * 5) : 0;
        bytes = Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(Math.min(bytes.length, at + cut))]);
      }
      files[table] = new Uint8Array(bytes);
      const label = `round ${round}, ${table}`;
      let result: ReturnType<typeof validateDataset> | undefined;
      expect(() => (result = validateDataset(files)), label).not.toThrow();
      expectReadable(result!.issues, label);
    }
  });
});
