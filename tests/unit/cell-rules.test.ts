import { describe, expect, test } from 'vitest';
import {
  checkCbsCode,
  checkCount,
  checkDate,
  checkEnum,
  checkEuros,
  checkHttpsUrl,
  checkId,
  checkPartialDate,
  checkText,
  checkYear,
} from '../../src/lib/schemas/cell-rules';
import type { CellResult } from '../../src/lib/schemas/cell-rules';

/** The rule a cell breaks, or 'ok'; keeps a failing expectation readable. */
const ruleOf = (result: CellResult<unknown>) => (result.ok ? 'ok' : result.rule);
const messageOf = (result: CellResult<unknown>) => (result.ok ? '' : result.message);
const valueOf = <T>(result: CellResult<T>) => (result.ok ? result.value : undefined);

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

  test('rejects an invisible control character', () => {
    expect(ruleOf(checkText('Test\u0007dorp'))).toBe('plain-text');
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
