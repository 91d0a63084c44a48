import { z } from 'zod';
import type { CellResult } from './cell-rules';
import { checkCodeCharacters } from './cell-rules';
import { quote } from '../validate/issue';

/**
 * Cell schemas built on zod's own validators (`z.enum`, `z.iso.date`, `z.stringbool`), each
 * behind the hidden-character check so a message names the character instead of only calling the
 * value malformed. zod's issues carry no rule name; `ruleOfIssue` gives them ours, and their
 * messages are written here in the same words as the custom checks in cell-rules.ts.
 */

/** A custom cell check as a zod schema: a failure becomes an issue carrying the check's rule. */
export function checked<T>(check: (raw: string) => CellResult<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, params: { rule: result.rule } });
    return z.NEVER;
  });
}

/** No control, line-break or invisible character (see checkCodeCharacters); a pipe stops here on one. */
const codeCharacters = checked(checkCodeCharacters);

/** The rule names (as in the README and rule-text-nl.ts) of the issues zod's validators raise here. */
const ZOD_RULES: Record<string, string> = { invalid_value: 'enum', invalid_format: 'date' };

/** The rule an issue breaks: ours from a custom check, or the name of what zod's validator checks. */
export function ruleOfIssue(issue: z.core.$ZodIssue): string {
  return (issue as { params?: { rule?: string } }).params?.rule ?? ZOD_RULES[issue.code] ?? issue.code;
}

/** Runs a cell schema on one raw cell, as a CellResult (for checks that read one cell, and tests). */
export function readCell<T>(schema: z.ZodType<T, string>, raw: string): CellResult<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  return { ok: false, rule: ruleOfIssue(issue), message: issue.message };
}

const notAllowed = (input: unknown, allowed: readonly string[]) => `${quote(String(input))} is not allowed; use one of: ${allowed.join(', ')}`;

/** One of a fixed list of values, exactly as written (case and spaces count). */
export function choiceCell<const T extends string>(allowed: readonly T[]) {
  return codeCharacters.pipe(z.enum(allowed as [T, ...T[]], { error: (issue) => notAllowed(issue.input, allowed) }));
}

/** `ja` or `nee` (nothing else, in lowercase), read as a boolean. */
export const yesNoCell = () =>
  codeCharacters.pipe(
    z.stringbool({ truthy: ['ja'], falsy: ['nee'], case: 'sensitive', error: (issue) => notAllowed(issue.input, ['ja', 'nee']) }),
  );

/** The dates a column can plausibly hold (ISO `YYYY-MM-DD`, inclusive), and why, for the message. */
export interface DateRange {
  min: string;
  max: string;
  /** Completes "lies before {min}, ..." */
  minReason: string;
  /** Completes "lies after {max}, ..." */
  maxReason: string;
}

/**
 * Checks that a date, or every day of a partial one (`first`..`last`), lies within the range.
 * A check of its own, not zod's `.min()`/`.max()` on a date: those compare Date objects and say
 * nothing of why a date is implausible, and a partial date is a span, not one day.
 */
function inRange(raw: string, first: string, last: string, range: DateRange | undefined): CellResult<string> {
  if (range && last < range.min) return { ok: false, rule: 'date-range', message: `${quote(raw)} lies before ${range.min}, ${range.minReason}` };
  if (range && first > range.max) return { ok: false, rule: 'date-range', message: `${quote(raw)} lies after ${range.max}, ${range.maxReason}` };
  return { ok: true, value: raw };
}

/** zod's ISO date: `YYYY-MM-DD` on the calendar (leap years too, years below 100 as written). */
const isoDate = z.iso.date({
  error: (issue) => {
    const raw = String(issue.input);
    // zod says only that the format is wrong; the message says whether the shape or the day is.
    return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${quote(raw)} is not a real calendar date` : `${quote(raw)} is not a date written as YYYY-MM-DD`;
  },
});

/** An ISO date `YYYY-MM-DD` that exists on the calendar, within the range when one is given. */
export const isoDateCell = (range?: DateRange) => codeCharacters.pipe(isoDate).pipe(checked((raw) => inRange(raw, raw, raw, range)));

/**
 * A date as precise as the source allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; partly in the range
 * when one is given. A custom check: zod has no partial date; a full one goes through zod's.
 */
export function checkPartialDate(raw: string, range?: DateRange): CellResult<string> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
  if (/^\d{4}$/.test(raw)) return inRange(raw, `${raw}-01-01`, `${raw}-12-31`, range);
  const month = /^(\d{4})-(\d{2})$/.exec(raw);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { ok: false, rule: 'date', message: `${quote(raw)} has no month ${month[2]}` };
    return inRange(raw, `${raw}-01`, `${raw}-31`, range);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return readCell(isoDateCell(range), raw);
  return { ok: false, rule: 'date', message: `${quote(raw)} is not a date written as YYYY-MM-DD, YYYY-MM or YYYY` };
}
