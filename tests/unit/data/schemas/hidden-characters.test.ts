import { describe, expect, test } from 'vitest';
import { checkCbsCode, checkCount, checkEuros, checkHttpsUrl, checkId, checkText, checkYear } from '../../../../src/data/schemas/cell-rules';
import type { CellResult } from '../../../../src/data/schemas/cell-rules';
import { checkPartialDate } from '../../../../src/data/schemas/zod-cells';
import { checkDate, checkEnum, messageOf, ruleOf } from './cell-results';

/*
 * Hidden characters, class by class, every code point of each class. The classes are written out
 * here from the Unicode Standard (not taken from the validator), so a character the validator
 * forgets fails a test.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
// One pass over every code point (not surrogates), kept for the classes below: cheaper than one each.
const FORMAT_OR_IGNORABLE = range(0, 0x10ffff).filter(
  (cp) => (cp < 0xd800 || cp > 0xdfff) && /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u.test(String.fromCodePoint(cp)),
);
const allCodePoints = (pattern: RegExp) => FORMAT_OR_IGNORABLE.filter((cp) => pattern.test(String.fromCodePoint(cp)));
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** Unicode's mandatory line breaks (UAX #14: BK, CR, LF, NL). */
const LINE_BREAKS = [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029];
/** C0 and C1 controls and DELETE, less the line breaks. */
const CONTROLS = [...range(0x00, 0x1f), 0x7f, ...range(0x80, 0x9f)].filter((cp) => !LINE_BREAKS.includes(cp));
/** Unicode's Bidi_Control property (PropList.txt). */
const DIRECTION = [0x061c, 0x200e, 0x200f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
/** Unicode's Default_Ignorable_Code_Point property: drawn as nothing. */
const IGNORABLE = allCodePoints(/\p{Default_Ignorable_Code_Point}/u).filter((cp) => !DIRECTION.includes(cp));
/** Ignorables with a job in ordinary text: soft hyphen, joiners, variation selectors. */
const HARMLESS_IN_TEXT = [0xad, 0x200c, 0x200d, ...range(0xfe00, 0xfe0f), ...range(0xe0100, 0xe01ef)];
/** Noncharacters and the interlinear annotation controls, which hide the text between them. */
const OTHER_HIDDEN = [...allCodePoints(/\p{Noncharacter_Code_Point}/u), 0xfff9, 0xfffa, 0xfffb];

/** Every way a cell is checked that is not free text, with a valid value to hide a character in. */
const CODE_CHECKS: [string, (raw: string) => CellResult<unknown>, string][] = [
  ['id', checkId, 'best-testdorp'],
  ['cbs code', checkCbsCode, 'GM0362'],
  ['amount', checkEuros, '2932000'],
  ['count', checkCount, '45100'],
  ['year', (raw) => checkYear(raw, 2021, 2027), '2024'],
  ['date', (raw) => checkDate(raw), '2024-05-28'],
  ['partial date', (raw) => checkPartialDate(raw), '2024-05'],
  ['choice', (raw) => checkEnum(raw, ['begroot', 'besteed']), 'begroot'],
  ['url', checkHttpsUrl, 'https://example.org/stuk.pdf'],
];

/** The value with the character put after its second character. */
const hide = (value: string, cp: number) => `${value.slice(0, 2)}${String.fromCodePoint(cp)}${value.slice(2)}`;

/** What is wrong with a rejection: the rule, the code point named, a raw hidden character, more than one line; null when nothing. */
function namedProblem(result: CellResult<unknown>, rule: string, cp: number): string | null {
  const message = messageOf(result);
  if (ruleOf(result) !== rule) return `U+${hex(cp)}: rule ${ruleOf(result)}, not ${rule}`;
  if (!message.includes(`U+${hex(cp)} `)) return `U+${hex(cp)} not named in ${message}`;
  if (message.includes(String.fromCodePoint(cp))) return `U+${hex(cp)} raw in ${message}`;
  if (!/^[\x20-\x7e]+$/.test(message)) return `U+${hex(cp)}: not one printable line: ${message}`;
  return null;
}

/** The rule and message show the code point, the message shows no raw hidden character and is one line. */
function expectNamed(result: CellResult<unknown>, rule: string, cp: number) {
  expect(namedProblem(result, rule, cp)).toBeNull();
}

/** The same for many code points at once, with one expectation (thousands of them stay fast). */
function expectAllNamed(cps: number[], check: (cp: number) => CellResult<unknown>, rule: string) {
  expect(cps.length).toBeGreaterThan(0);
  expect(cps.map((cp) => namedProblem(check(cp), rule, cp)).filter((problem) => problem !== null)).toEqual([]);
}

describe('hidden characters in free text', () => {
  test.each(LINE_BREAKS.map((cp) => [hex(cp), cp]))('rejects the line break U+%s inside a text as line-break', (_, cp) => {
    expectNamed(checkText(hide('Testdorp', cp)), 'line-break', cp);
  });

  test('rejects every C0 and C1 control and DELETE inside a text as control-character', () => {
    expect(CONTROLS).toHaveLength(60); // 32 + 1 + 32, less LF, VT, FF, CR and NEL
    expectAllNamed(CONTROLS, (cp) => checkText(hide('Testdorp', cp)), 'control-character');
  });

  test('names NEXT LINE, the line separator and a right-to-left override as the issue asks', () => {
    expect(messageOf(checkText(hide('Testdorp', 0x85)))).toContain('U+0085 NEXT LINE');
    expect(messageOf(checkText(hide('Testdorp', 0x2028)))).toContain('U+2028 LINE SEPARATOR');
    expect(messageOf(checkText(hide('Testdorp', 0x202e)))).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  test('rejects every direction-changing character as invisible-character and says what it does', () => {
    for (const cp of DIRECTION) {
      const result = checkText(hide('Testdorp', cp));
      expectNamed(result, 'invisible-character', cp);
      expect(messageOf(result)).toContain('changes the direction');
    }
  });

  test('rejects every ignorable (invisible) character that has no job in text', () => {
    const rejected = IGNORABLE.filter((cp) => !HARMLESS_IN_TEXT.includes(cp));
    expect(rejected.length).toBeGreaterThan(3850); // the tag block alone holds 4096, less 240 variation selectors
    expect(rejected).toEqual(expect.arrayContaining([0x200b, 0xfeff, 0x2060, 0x180e, 0xe0001, 0xe0041, 0x3164]));
    expectAllNamed(rejected, (cp) => checkText(hide('Testdorp', cp)), 'invisible-character');
  });

  test('rejects noncharacters and the interlinear annotation controls', () => {
    expectAllNamed(OTHER_HIDDEN, (cp) => checkText(hide('Testdorp', cp)), 'invisible-character');
  });

  test('accepts a soft hyphen, the joiners and variation selectors, which have a job in text', () => {
    for (const cp of HARMLESS_IN_TEXT) expect(ruleOf(checkText(hide('Testdorp', cp))), `U+${hex(cp)}`).toBe('ok');
  });

  test('accepts a no-break space inside a text but not at its end, and shows it escaped', () => {
    expect(ruleOf(checkText('€\u00a0500'))).toBe('ok');
    const result = checkText('Testdorp\u00a0');
    expect(ruleOf(result)).toBe('whitespace');
    expect(messageOf(result)).toContain('"Testdorp\\u00A0"');
  });

  test('counts further hidden characters in the message', () => {
    expect(messageOf(checkText('Te\u200bst\u200bdo\u200brp'))).toContain('2 more');
  });

  test('names a byte-order mark at the start of a text as an invisible character, not as a space', () => {
    expectNamed(checkText('\ufeffTestdorp'), 'invisible-character', 0xfeff);
  });
});

describe('hidden characters in ids, codes, years, dates, amounts, choices and URLs', () => {
  for (const [name, check, valid] of CODE_CHECKS) {
    test(`accepts the plain ${name} ${valid}`, () => {
      expect(ruleOf(check(valid))).toBe('ok');
    });

    test(`rejects every hidden character in a ${name}, each named`, () => {
      expectAllNamed([...DIRECTION, ...IGNORABLE, ...OTHER_HIDDEN], (cp) => check(hide(valid, cp)), 'invisible-character');
      expectAllNamed(CONTROLS, (cp) => check(hide(valid, cp)), 'control-character');
      expectAllNamed(LINE_BREAKS, (cp) => check(hide(valid, cp)), 'line-break');
    });
  }

  test('rejects every format character in an id, also those with a job in text', () => {
    expectAllNamed(allCodePoints(/\p{Cf}/u), (cp) => checkId(hide('best-testdorp', cp)), 'invisible-character');
  });
});
