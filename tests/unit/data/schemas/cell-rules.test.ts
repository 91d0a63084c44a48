import { describe, expect, test } from 'vitest';
import { checkCbsCode, checkCount, checkEuros, checkHttpsUrl, checkId, checkText, checkYear } from '../../../../src/data/schemas/cell-rules';
import type { CellResult } from '../../../../src/data/schemas/cell-rules';
import { checkPartialDate, choiceCell, isoDateCell, readCell } from '../../../../src/data/schemas/zod-cells';
import type { DateRange } from '../../../../src/data/schemas/zod-cells';

/** The rule a cell breaks, or 'ok'; keeps a failing expectation readable. */
const ruleOf = (result: CellResult<unknown>) => (result.ok ? 'ok' : result.rule);
const messageOf = (result: CellResult<unknown>) => (result.ok ? '' : result.message);
const valueOf = <T>(result: CellResult<T>) => (result.ok ? result.value : undefined);
/** Dates and choices are read by zod's validators (z.iso.date, z.enum); these read one cell with them. */
const checkDate = (raw: string, range?: DateRange) => readCell(isoDateCell(range), raw);
const checkEnum = <const T extends string>(raw: string, allowed: readonly T[]) => readCell(choiceCell(allowed), raw);

describe('checkText', () => {
  test('accepts plain Dutch text with accents, digits and punctuation', () => {
    const raw = 'Fryslân: € 2.932.000 (ruim), zo\'n "5%" per jaar; 1 + 1 = 2 & info@example.org';
    expect(valueOf(checkText(raw))).toBe(raw);
  });

  test('rejects a leading space', () => {
    expect(ruleOf(checkText(' Testdorp'))).toBe('whitespace');
  });

  test('rejects a trailing space and shows it quoted in the message', () => {
    const result = checkText('Testdorp ');
    expect(ruleOf(result)).toBe('whitespace');
    expect(messageOf(result)).toContain('"Testdorp "');
  });

  test('rejects a leading tab', () => {
    expect(ruleOf(checkText('\tTestdorp'))).toBe('whitespace');
  });

  test.each(['=SUM(A1:A2)', '+31 procent', '-5 procent', '@testdorp'])('rejects %s because it starts like a spreadsheet formula', (raw) => {
    const result = checkText(raw);
    expect(ruleOf(result)).toBe('formula');
    expect(messageOf(result)).toContain(raw);
  });

  test('accepts =, +, - and @ after the first character', () => {
    expect(ruleOf(checkText('Kosten = 5 + 3 - 1, zie @testdorp'))).toBe('ok');
  });

  test('rejects a line break inside the text', () => {
    expect(ruleOf(checkText('eerste regel\ntweede regel'))).toBe('line-break');
  });

  test('rejects a carriage return inside the text', () => {
    expect(ruleOf(checkText('eerste regel\rtweede regel'))).toBe('line-break');
  });

  test('rejects an HTML tag', () => {
    expect(ruleOf(checkText('Meer <b>inwoners</b> bereikt'))).toBe('plain-text');
  });

  test('rejects a script tag', () => {
    expect(ruleOf(checkText('<script>alert(1)</script>'))).toBe('plain-text');
  });

  test('rejects an HTML comment', () => {
    expect(ruleOf(checkText('tekst <!-- verborgen -->'))).toBe('plain-text');
  });

  test('rejects a named and a numeric HTML entity', () => {
    expect(ruleOf(checkText('Testdorp &amp; Proefstad'))).toBe('plain-text');
    expect(ruleOf(checkText('Testdorp &#38; Proefstad'))).toBe('plain-text');
  });

  test('accepts less-than and greater-than signs used as comparisons', () => {
    expect(ruleOf(checkText('minder dan 5 < 10 en meer dan 10 > 5'))).toBe('ok');
  });

  test('rejects an invisible control character and names it', () => {
    const result = checkText('Test\u0007dorp');
    expect(ruleOf(result)).toBe('control-character');
    expect(messageOf(result)).toContain('U+0007 ALERT');
  });
});

describe('checkEuros', () => {
  test('reads digits as a number of euros', () => {
    expect(valueOf(checkEuros('2932000'))).toBe(2932000);
  });

  test('accepts zero', () => {
    expect(valueOf(checkEuros('0'))).toBe(0);
  });

  test('rejects a leading zero', () => {
    expect(ruleOf(checkEuros('0100'))).toBe('whole-euros');
  });

  test('rejects a thousands separator and suggests the digits', () => {
    const result = checkEuros('1.234');
    expect(ruleOf(result)).toBe('whole-euros');
    expect(messageOf(result)).toContain('1234');
  });

  test('rejects several thousands separators and suggests the digits', () => {
    const result = checkEuros('2.932.000');
    expect(ruleOf(result)).toBe('whole-euros');
    expect(messageOf(result)).toContain('2932000');
  });

  test('rejects a decimal comma', () => {
    const result = checkEuros('12,5');
    expect(ruleOf(result)).toBe('whole-euros');
    expect(messageOf(result)).toContain('12,5');
  });

  test('rejects a decimal point with cents', () => {
    expect(ruleOf(checkEuros('12.50'))).toBe('whole-euros');
  });

  test.each(['€ 1.000', '€1000', '1000 EUR', '1000 euro'])('rejects the currency in %s', (raw) => {
    const result = checkEuros(raw);
    expect(ruleOf(result)).toBe('whole-euros');
    expect(messageOf(result)).toContain(raw);
  });

  test.each(['-5', '-1.000', '- 250'])('rejects the negative amount %s', (raw) => {
    expect(ruleOf(checkEuros(raw))).toBe('negative-amount');
  });

  test.each([' 1000', '1000 ', '1 000'])('rejects spaces in %j', (raw) => {
    expect(ruleOf(checkEuros(raw))).toBe('whole-euros');
  });

  test('rejects scientific notation', () => {
    expect(ruleOf(checkEuros('1e6'))).toBe('whole-euros');
  });

  test('rejects a leading plus sign', () => {
    expect(ruleOf(checkEuros('+1000'))).toBe('whole-euros');
  });

  test('accepts Number.MAX_SAFE_INTEGER exactly', () => {
    expect(valueOf(checkEuros(String(Number.MAX_SAFE_INTEGER)))).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('rejects one more than Number.MAX_SAFE_INTEGER, which a number cannot hold exactly', () => {
    expect(ruleOf(checkEuros('9007199254740992'))).toBe('whole-euros');
  });
});

describe('checkCount', () => {
  test('reads a count of inhabitants as a number', () => {
    expect(valueOf(checkCount('45100'))).toBe(45100);
  });

  test('rejects a negative count as not a whole number', () => {
    expect(ruleOf(checkCount('-45100'))).toBe('whole-number');
  });

  test('rejects a thousands separator', () => {
    expect(ruleOf(checkCount('45.100'))).toBe('whole-number');
  });
});

describe('checkYear', () => {
  test('accepts the first and the last year of the range', () => {
    expect(valueOf(checkYear('2021', 2021, 2027))).toBe(2021);
    expect(valueOf(checkYear('2027', 2021, 2027))).toBe(2027);
  });

  test('rejects the year before the range and names the range', () => {
    const result = checkYear('2020', 2021, 2027);
    expect(ruleOf(result)).toBe('year-range');
    expect(messageOf(result)).toContain('2021-2027');
  });

  test('rejects the year after the range', () => {
    expect(ruleOf(checkYear('2028', 2021, 2027))).toBe('year-range');
  });

  test.each(['24', '02024', '2024.0', '2024 ', 'MMXXIV'])('rejects %j as not a four-digit year', (raw) => {
    expect(ruleOf(checkYear(raw, 2021, 2027))).toBe('year');
  });
});

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

describe('checkHttpsUrl', () => {
  test('accepts an https address with path and query', () => {
    expect(valueOf(checkHttpsUrl('https://example.org/pad/stuk.pdf?versie=2#p3'))).toBe('https://example.org/pad/stuk.pdf?versie=2#p3');
  });

  test('rejects a javascript: address', () => {
    const result = checkHttpsUrl('javascript:alert(1)');
    expect(ruleOf(result)).toBe('url-scheme');
    expect(messageOf(result)).toContain('javascript:alert(1)');
  });

  test('rejects a javascript: address written in mixed case', () => {
    expect(ruleOf(checkHttpsUrl('JavaScript:alert(1)'))).toBe('url-scheme');
  });

  test('rejects a plain http address', () => {
    expect(ruleOf(checkHttpsUrl('http://example.org/'))).toBe('url-scheme');
  });

  test.each(['data:text/html,<p>x</p>', 'ftp://example.org/stuk.pdf', 'mailto:info@example.org'])('rejects the scheme of %s', (raw) => {
    expect(ruleOf(checkHttpsUrl(raw))).not.toBe('ok');
  });

  test.each(['www.example.org', '//example.org/stuk', 'https://'])('rejects %s as not a web address', (raw) => {
    expect(ruleOf(checkHttpsUrl(raw))).toBe('url');
  });

  test('rejects a space inside the address', () => {
    expect(ruleOf(checkHttpsUrl('https://example.org/een stuk.pdf'))).toBe('url');
  });

  test('rejects spaces around the address', () => {
    expect(ruleOf(checkHttpsUrl(' https://example.org/'))).toBe('whitespace');
  });
});

describe('checkId', () => {
  test.each(['best-testdorp-team', 'testdorp-2022-03-15-plan', 'a1'])('accepts %s', (raw) => {
    expect(valueOf(checkId(raw))).toBe(raw);
  });

  test.each(['Best-testdorp', 'best_testdorp', 'best--testdorp', '-best', 'best-', 'fryslân', 'best testdorp', 'best/testdorp', ''])(
    'rejects %j as not URL-safe',
    (raw) => {
      expect(ruleOf(checkId(raw))).toBe('id-format');
    },
  );
});

describe('checkCbsCode', () => {
  test('accepts GM followed by four digits', () => {
    expect(valueOf(checkCbsCode('GM0362'))).toBe('GM0362');
  });

  test.each(['gm0362', 'GM362', 'GM03620', '0362', 'PV27', 'GM 0362', ' GM0362'])('rejects %j', (raw) => {
    expect(ruleOf(checkCbsCode(raw))).toBe('cbs-code');
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

describe('checkHttpsUrl against credentials and look-alike hosts', () => {
  test.each(['https://user:secret@example.org/', 'https://user@example.org/stuk.pdf', 'https://@example.org/', 'https://:secret@example.org/'])(
    'rejects the credentials in %s',
    (raw) => {
      const result = checkHttpsUrl(raw);
      expect(ruleOf(result)).toBe('url-credentials');
      expect(messageOf(result)).toContain(raw);
    },
  );

  test('accepts an @ in the path or query, which is no credential', () => {
    expect(ruleOf(checkHttpsUrl('https://example.org/@testdorp?van=info@example.org'))).toBe('ok');
  });

  test('rejects a host with a Cyrillic a among Latin letters, written raw, and names the letter', () => {
    const result = checkHttpsUrl('https://ex\u0430mple.org/stuk.pdf');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toContain('U+0430');
  });

  test('rejects the same host in its xn-- form and names both scripts', () => {
    const result = checkHttpsUrl('https://xn--exmple-4nf.org/stuk.pdf');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toMatch(/Latin.*Cyrillic|Cyrillic.*Latin/);
  });

  test('rejects a host wholly in Cyrillic letters that look like Latin ones (xn--80ak6aa92e.com reads "аррӏе")', () => {
    expect(ruleOf(checkHttpsUrl('https://xn--80ak6aa92e.com/'))).toBe('url-host');
  });

  test('rejects a Greek omicron in a Latin host', () => {
    const host = new URL('https://g\u03bfv.nl/').hostname;
    expect(host.startsWith('xn--')).toBe(true);
    expect(ruleOf(checkHttpsUrl(`https://${host}/`))).toBe('url-host');
  });

  test('rejects a full-width full stop that the browser would turn into a dot', () => {
    const result = checkHttpsUrl('https://example\uff0eorg/');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toContain('U+FF0E');
  });

  test('accepts an internationalised host in one script, in its xn-- form', () => {
    expect(new URL('https://bücher.de/').hostname).toBe('xn--bcher-kva.de');
    expect(ruleOf(checkHttpsUrl('https://xn--bcher-kva.de/'))).toBe('ok');
    expect(ruleOf(checkHttpsUrl(`https://${new URL('https://пример.рф/').hostname}/`))).toBe('ok');
  });

  test('rejects a host label that is not valid Punycode', () => {
    expect(ruleOf(checkHttpsUrl('https://xn--a.org/'))).not.toBe('ok');
  });
});
