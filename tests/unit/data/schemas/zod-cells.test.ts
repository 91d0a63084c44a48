import { describe, expect, test } from 'vitest';
import { checkPartialDate } from '../../../../src/data/schemas/zod-cells';
import { checkDate, checkEnum, messageOf, ruleOf, valueOf } from './cell-results';

describe('checkDate', () => {
  test('accepts an ISO date', () => {
    expect(valueOf(checkDate('2022-03-15'))).toBe('2022-03-15');
  });

  test('accepts 2024-02-29, a real leap day', () => {
    expect(ruleOf(checkDate('2024-02-29'))).toBe('ok');
  });

  test('rejects 2023-02-29: 2023 is not a leap year', () => {
    expect(ruleOf(checkDate('2023-02-29'))).toBe('date');
  });

  test('accepts 2000-02-29 and rejects 2100-02-29 (century leap rule)', () => {
    expect(ruleOf(checkDate('2000-02-29'))).toBe('ok');
    expect(ruleOf(checkDate('2100-02-29'))).toBe('date');
  });

  test.each(['2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])('rejects the impossible date %s', (raw) => {
    const result = checkDate(raw);
    expect(ruleOf(result)).toBe('date');
    expect(messageOf(result)).toContain(raw);
  });

  test.each(['29-02-2024', '2024-2-9', '2024/02/29', '2024-02-29T00:00', '2024-02', '2024'])('rejects %s as not written YYYY-MM-DD', (raw) => {
    expect(ruleOf(checkDate(raw))).toBe('date');
  });
});

describe('checkPartialDate', () => {
  test.each(['2024', '2024-03', '2024-03-01'])('accepts %s', (raw) => {
    expect(valueOf(checkPartialDate(raw))).toBe(raw);
  });

  test('rejects YYYY-MM with month 13', () => {
    expect(ruleOf(checkPartialDate('2024-13'))).toBe('date');
  });

  test('rejects YYYY-MM with month 00', () => {
    expect(ruleOf(checkPartialDate('2024-00'))).toBe('date');
  });

  test('rejects a full date that does not exist', () => {
    expect(ruleOf(checkPartialDate('2023-02-29'))).toBe('date');
  });

  test.each(['2024-3', '24-03', '2024/03', 'maart 2024', '03-2024'])('rejects %s as not YYYY-MM-DD, YYYY-MM or YYYY', (raw) => {
    expect(ruleOf(checkPartialDate(raw))).toBe('date');
  });
});

describe('checkEnum', () => {
  const phases = ['gepland', 'begroot', 'besteed'] as const;

  test('accepts a listed value and returns it', () => {
    expect(valueOf(checkEnum('begroot', phases))).toBe('begroot');
  });

  test('accepts a listed value that contains a space', () => {
    expect(ruleOf(checkEnum('niets gevonden', ['gevonden', 'niets gevonden']))).toBe('ok');
  });

  test('rejects a value in another case', () => {
    expect(ruleOf(checkEnum('Begroot', phases))).toBe('enum');
  });

  test('rejects a listed value with a space around it', () => {
    expect(ruleOf(checkEnum('begroot ', phases))).toBe('enum');
  });

  test('names the offending value and every allowed value in the message', () => {
    const message = messageOf(checkEnum('digitaal', phases));
    expect(message).toContain('digitaal');
    for (const value of phases) expect(message).toContain(value);
  });
});

describe('checkDate with a range', () => {
  const range = { min: '2019-01-01', max: '2026-12-02', minReason: 'too early', maxReason: 'in the future' };

  test('accepts the first and the last day of the range', () => {
    expect(ruleOf(checkDate('2019-01-01', range))).toBe('ok');
    expect(ruleOf(checkDate('2026-12-02', range))).toBe('ok');
  });

  test.each(['9999-12-31', '2026-12-03', '2062-05-28'])('rejects %s as after the range and says why', (raw) => {
    const result = checkDate(raw, range);
    expect(ruleOf(result)).toBe('date-range');
    expect(messageOf(result)).toContain('2026-12-02, in the future');
  });

  test.each(['1899-03-15', '2018-12-31', '0024-05-28', '0001-01-01'])('rejects %s as before the range and says why', (raw) => {
    const result = checkDate(raw, range);
    expect(ruleOf(result)).toBe('date-range');
    expect(messageOf(result)).toContain('2019-01-01, too early');
  });

  test('takes a year below 100 as written: 0024-02-29 is a real date (24 is a leap year), 0023-02-29 is not', () => {
    expect(ruleOf(checkDate('0024-02-29'))).toBe('ok');
    expect(ruleOf(checkDate('0023-02-29'))).toBe('date');
    expect(ruleOf(checkDate('0000-01-01'))).toBe('ok');
  });

  test('accepts a partial date that overlaps the range and rejects one that lies outside it', () => {
    expect(ruleOf(checkPartialDate('2019', range))).toBe('ok');
    expect(ruleOf(checkPartialDate('2026-12', range))).toBe('ok');
    expect(ruleOf(checkPartialDate('2018', range))).toBe('date-range');
    expect(ruleOf(checkPartialDate('2018-12', range))).toBe('date-range');
    expect(ruleOf(checkPartialDate('2027', range))).toBe('date-range');
    expect(ruleOf(checkPartialDate('9999-12', range))).toBe('date-range');
  });
});
