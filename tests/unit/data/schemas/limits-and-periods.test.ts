import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { TABLES, TABLE_NAMES, columnsOf } from '../../../../src/data/schemas/tables';
import { PERIODS } from '../../../../src/data/schemas/row-rules';
import { fieldMeta } from '../../../../src/data/schemas/fields';
import { ruleOfIssue } from '../../../../src/data/schemas/zod-cells';
import { tableSchema } from '../../../../src/publish/table-schema';
import { readValidFiles } from '../corpus-cases';
import { validateDataset } from '../../../../src/data/validate-dataset';

/*
 * Two rules every table shares: each text column has a maximum length (stated in its schema, so
 * in the dictionary and the data package), and each table with a period has the one period rule.
 */

const shapeOf = (table: (typeof TABLE_NAMES)[number]) => TABLES[table].schema.shape as Record<string, z.ZodType>;
// Columns with a fixed shape need no length limit: a CBS code (GM0362) and a (partial) date.
const FIXED_SHAPE = /^(cbs_code|opgegaan_in|datum)$/;
const stringColumns = TABLE_NAMES.flatMap((table) =>
  columnsOf(table)
    .map((column) => ({ table, column, meta: fieldMeta(shapeOf(table)[column]) }))
    .filter(({ meta }) => meta.type === 'string' && !meta.enum),
);
const textColumns = stringColumns.filter(({ column }) => !FIXED_SHAPE.test(column));

describe('a string column without a length limit', () => {
  test.each(stringColumns.filter(({ column }) => FIXED_SHAPE.test(column)).map(({ table, column }) => [`${table}.${column}`]))(
    '%s has a fixed shape: a long value fails its format',
    (name) => {
      const { table, column } = stringColumns.find((c) => `${c.table}.${c.column}` === name)!;
      const result = shapeOf(table)[column].safeParse('2'.repeat(5000));
      expect(result.success).toBe(false);
      expect(['cbs-code', 'date']).toContain(ruleOfIssue(result.error!.issues[0]));
    },
  );
});

describe('every text column', () => {
  test('is found (the list is not empty)', () => {
    expect(textColumns.length).toBeGreaterThan(40);
  });

  test.each(textColumns.map(({ table, column }) => [`${table}.${column}`]))('%s has a maximum length, stated in its description and the data package', (name) => {
    const { table, column, meta } = textColumns.find((c) => `${c.table}.${c.column}` === name)!;
    expect(meta.maxLength, name).toBeGreaterThan(0);
    expect(meta.description).toContain(`Hoogstens ${meta.maxLength} tekens.`);
    expect(tableSchema(table).fields.find((f) => f.name === column)?.constraints?.maxLength).toBe(meta.maxLength);
  });

  test.each(textColumns.map(({ table, column }) => [`${table}.${column}`]))('%s refuses a value one character over its limit, and accepts one at it', (name) => {
    const { table, column, meta } = textColumns.find((c) => `${c.table}.${c.column}` === name)!;
    const field = shapeOf(table)[column];
    const at = 'a'.repeat(meta.maxLength!);
    const over = `${at}a`;
    const result = field.safeParse(over);
    expect(result.success).toBe(false);
    expect(ruleOfIssue(result.error!.issues[0])).toBe('max-length');
    // At the limit the length rule is silent (an id or URL may still fail its own format).
    const atLimit = field.safeParse(at);
    if (!atLimit.success) expect(atLimit.error.issues.map(ruleOfIssue)).not.toContain('max-length');
  });
});

describe('the period rule', () => {
  const periodTables = TABLE_NAMES.flatMap((table) => PERIODS.filter(({ from, to }) => columnsOf(table).includes(from) && columnsOf(table).includes(to)).map((period) => ({ table, ...period })));

  test('applies to toekenningen, bestedingen, rijksmiddelen and verschuivingen', () => {
    expect(periodTables.map(({ table }) => table).sort()).toEqual(['bestedingen', 'rijksmiddelen', 'toekenningen', 'verschuivingen']);
  });

  test.each(periodTables.map((p) => [p.table, p.from, p.to]))('refuses in %s a %s after its %s, on the first row of the valid fixture', (table, from, to) => {
    const files = readValidFiles();
    const text = Buffer.from(files[table as 'toekenningen']!).toString('utf8');
    const lines = text.split('\n');
    const header = lines[0].split(',');
    const cells = lines[1].split(',');
    cells[header.indexOf(from)] = '2026';
    cells[header.indexOf(to)] = '2023';
    lines[1] = cells.join(',');
    const { issues } = validateDataset({ ...files, [table]: new Uint8Array(Buffer.from(lines.join('\n'))) });
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.rule])).toContainEqual([`data/${table}.csv`, 2, to, 'year-order']);
  });

  test('accepts the same year as start and end of a range, but not as both ends of a shift', () => {
    expect(PERIODS.find((p) => p.from === 'jaar_van')?.sameYear).toBe(true);
    expect(PERIODS.find((p) => p.from === 'van_jaar')?.sameYear).toBe(false);
  });
});
