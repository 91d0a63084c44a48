import { describe, expect, test } from 'vitest';
import { checkCbsCode, checkCount, checkEuros, checkId, checkLength, checkText, checkYear } from '../../../../src/data/schemas/cell-rules';
import { messageOf, ruleOf, valueOf } from './cell-results';

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

  test.each([
    ['\uFF1DHYPERLINK("https://example.org")', 'U+FF1D'],
    ['\uFF0B31 procent', 'U+FF0B'],
    ['\uFE62 5 procent', 'U+FE62'],
    ['\uFF20testdorp', 'U+FF20'],
    ['\uFF0D5 procent', 'U+FF0D'],
  ])('rejects %s: in its NFKC form it starts like a formula, and the message names %s', (raw, codePoint) => {
    const result = checkText(raw);
    expect(ruleOf(result)).toBe('formula');
    expect(messageOf(result)).toContain(codePoint);
  });

  test('rejects a tag written with full-width angle brackets (＜script＞ is <script> in NFKC)', () => {
    expect(ruleOf(checkText('Meer inwoners \uFF1Cscript\uFF1E bereikt'))).toBe('plain-text');
  });

  test('accepts full-width characters that are no formula and no tag', () => {
    expect(ruleOf(checkText('Testdorp \uFF1D Proefstad, ５ procent'))).toBe('ok');
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

describe('checkLength', () => {
  test('accepts a value of exactly the limit, counting characters, not UTF-16 units', () => {
    expect(ruleOf(checkLength('é'.repeat(10), 10))).toBe('ok');
    // Ten emoji are twenty UTF-16 units but ten characters.
    expect(ruleOf(checkLength('\u{1F600}'.repeat(10), 10))).toBe('ok');
  });

  test('rejects one character more, naming the length and the limit', () => {
    const result = checkLength('a'.repeat(201), 200);
    expect(ruleOf(result)).toBe('max-length');
    expect(messageOf(result)).toContain('201 characters long');
    expect(messageOf(result)).toContain('at most 200');
  });

  test('rejects a 1 MB value quickly, with a short message', () => {
    const start = performance.now();
    const result = checkLength('x'.repeat(1024 * 1024), 1000);
    expect(performance.now() - start).toBeLessThan(500);
    expect(ruleOf(result)).toBe('max-length');
    expect(messageOf(result).length).toBeLessThan(250);
  });
});
