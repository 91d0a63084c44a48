import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import type { DataFiles } from '../../../src/data/validate-dataset';
import { TABLES, TABLE_NAMES } from '../../../src/data/schemas/tables';
import type { TableName } from '../../../src/data/schemas/tables';
import { seededRandom } from '../../fixtures/generator/synthetic-data';

/*
 * Mutation test of the validator: take the valid fixture, change ONE cell of one row at random
 * (seeded, so every run makes the same changes), and require one of:
 *   accepted  no issue at all, and the parsed row holds exactly the new value, every other row unchanged;
 *   rejected  an issue on that file and that row's line naming that column;
 *   key       the cell is a key others point at or must be unique: every issue carries the old or new value.
 * Anything else (a crash, a silent change, an issue somewhere unrelated) fails.
 */

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const SEED = 20240528;
const MUTATIONS = 400;

const texts = Object.fromEntries(TABLE_NAMES.map((table) => [table, readFileSync(VALID + TABLES[table].file, 'utf8')])) as Record<TableName, string>;
const grids = Object.fromEntries(
  TABLE_NAMES.map((table) => [table, Papa.parse<string[]>(texts[table], { skipEmptyLines: true }).data]),
) as Record<TableName, string[][]>;

/** Ways to change one cell, from harmless to clearly wrong. */
const CHANGES: { name: string; apply: (value: string, random: () => number) => string }[] = [
  { name: 'empty', apply: () => '' },
  { name: 'trailing space', apply: (v) => `${v} ` },
  { name: 'leading formula sign', apply: (v, r) => `${'=+-@'[Math.floor(r() * 4)]}${v}` },
  { name: 'digit changed', apply: (v, r) => (/\d/.test(v) ? v.replace(/\d/, String(Math.floor(r() * 10))) : `${v}7`) },
  { name: 'word appended', apply: (v) => `${v}x` },
  { name: 'plain word', apply: () => 'onbekend' },
  { name: 'number', apply: (_, r) => String(Math.floor(r() * 3_000_000)) },
  { name: 'year', apply: (_, r) => String(2015 + Math.floor(r() * 15)) },
  { name: 'comma inside', apply: (v) => `${v}, ook` },
  { name: 'html', apply: (v) => `<b>${v}</b>` },
  { name: 'upper case', apply: (v) => v.toUpperCase() },
  { name: 'hidden character', apply: (v, r) => { const at = Math.floor(r() * (v.length + 1)); return `${v.slice(0, at)}${'\u200b\u202e\u2066\u200e\ufeff\u0085\u2028\u009b\u0007\u{e0041}'.match(/./gu)![Math.floor(r() * 10)]}${v.slice(at)}`; } },
  { name: 'date', apply: (_, r) => `2024-${String(1 + Math.floor(r() * 13)).padStart(2, '0')}-${String(1 + Math.floor(r() * 31)).padStart(2, '0')}` },
];

/** A parsed value written back the way the CSV holds it (null → empty, booleans → ja/nee). */
const rawOf = (value: unknown): string => (value === null || value === undefined ? '' : value === true ? 'ja' : value === false ? 'nee' : String(value));

/** Physical line of each data row (no quoted line breaks in the fixture, so row i is line i + 1). */
const lineOfRow = (row: number) => row + 1;

interface Mutation {
  table: TableName;
  row: number;
  column: string;
  before: string;
  after: string;
  change: string;
}

function mutations(): Mutation[] {
  const random = seededRandom(SEED);
  const list: Mutation[] = [];
  while (list.length < MUTATIONS) {
    const table = TABLE_NAMES[Math.floor(random() * TABLE_NAMES.length)];
    const grid = grids[table];
    const row = 1 + Math.floor(random() * (grid.length - 1));
    const columnIndex = Math.floor(random() * grid[0].length);
    const change = CHANGES[Math.floor(random() * CHANGES.length)];
    const before = grid[row][columnIndex];
    const after = change.apply(before, random);
    if (after === before) continue;
    list.push({ table, row, column: grid[0][columnIndex], before, after, change: change.name });
  }
  return list;
}

function filesWith(mutation: Mutation): DataFiles {
  const files: DataFiles = {};
  for (const table of TABLE_NAMES) {
    let text = texts[table];
    if (table === mutation.table) {
      const grid = grids[table].map((cells) => [...cells]);
      grid[mutation.row][grid[0].indexOf(mutation.column)] = mutation.after;
      text = `${Papa.unparse(grid, { newline: '\n' })}\n`;
    }
    files[table] = new Uint8Array(Buffer.from(text));
  }
  return files;
}

const valid = validateDataset(filesWith({ table: 'bronnen', row: 1, column: 'id', before: '', after: grids.bronnen[1][0], change: 'none' }));

describe('validateDataset under random one-cell mutations', () => {
  const planned = mutations();
  const outcomes = { accepted: 0, rejected: 0, key: 0 };

  test(`the same seed makes the same ${MUTATIONS} mutations`, () => {
    expect(mutations()).toEqual(planned);
    expect(valid.issues).toEqual([]);
  });

  // 400 validations of the whole fixture: seconds on a busy shared machine, more than vitest's default 5 s.
  test('each is accepted with exactly the new value, or rejected at its row and column', () => {
    const failures: string[] = [];
    for (const mutation of planned) {
      const where = `${mutation.table} row ${mutation.row} ${mutation.column}: ${JSON.stringify(mutation.before)} → ${JSON.stringify(mutation.after)} (${mutation.change})`;
      let result: ReturnType<typeof validateDataset>;
      try {
        result = validateDataset(filesWith(mutation));
      } catch (error) {
        failures.push(`${where}: threw ${String(error)}`);
        continue;
      }
      const file = `data/${TABLES[mutation.table].file}`;
      const line = lineOfRow(mutation.row);
      if (result.issues.length === 0) {
        const rows = result.tables[mutation.table] as { line: number; row: Record<string, unknown> }[];
        const changed = rows.find((entry) => entry.line === line);
        const others = rows.filter((entry) => entry !== changed);
        const validOthers = (valid.tables[mutation.table] as typeof rows).filter((entry) => entry.line !== line);
        if (!changed || rawOf(changed.row[mutation.column]) !== mutation.after) {
          failures.push(`${where}: accepted, but read as ${JSON.stringify(changed?.row[mutation.column])}`);
        } else if (JSON.stringify(others) !== JSON.stringify(validOthers)) {
          failures.push(`${where}: accepted, but other rows changed`);
        } else outcomes.accepted += 1;
        continue;
      }
      const atCell = result.issues.some(
        (issue) => issue.file === file && issue.line === line && (issue.column === mutation.column || issue.message.includes(mutation.column)),
      );
      if (atCell) {
        outcomes.rejected += 1;
        continue;
      }
      const aboutKey = result.issues.every((issue) => issue.value === mutation.before || issue.value === mutation.after);
      if (aboutKey) {
        outcomes.key += 1;
        continue;
      }
      failures.push(`${where}: rejected elsewhere: ${result.issues.map((i) => `${i.file}:${i.line} ${i.column ?? '-'} ${i.rule}`).join('; ')}`);
    }
    expect(failures).toEqual([]);
    // 400 full validations: seconds on a busy machine, so more than vitest's default 5 s.
  }, 60_000);

  test('both outcomes occur, so the mutations test both sides', () => {
    expect(outcomes.accepted).toBeGreaterThan(10);
    expect(outcomes.rejected).toBeGreaterThan(100);
  });
});
