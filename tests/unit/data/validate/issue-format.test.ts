import { describe, expect, test } from 'vitest';
import { codePointName, describeCodePoint, escapeHidden, findHidden } from '../../../../src/data/validate/characters';
import { decodePunycode, lookalikeHost } from '../../../../src/data/validate/host-names';
import { formatIssue, quote } from '../../../../src/data/validate/issue';

describe('quote', () => {
  test('gives a JSON string literal of a short value, hidden characters escaped', () => {
    for (const value of ['Testdorp', 'twee\nregels', 'Test\u202edorp', 'a "b" \\ c', '\u0085\u2028\u2029\u200b\ufeff\u{e0041}', 'Fryslân € 5']) {
      const shown = quote(value);
      expect(JSON.parse(shown), shown).toBe(value);
      expect(shown).toMatch(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]+$/u);
    }
  });

  test('shows a right-to-left override as \\u202E, not raw', () => {
    expect(quote('https://example.org/\u202efdp.exe')).toBe('"https://example.org/\\u202Efdp.exe"');
  });

  test('keeps visible non-ASCII letters and signs as they are', () => {
    expect(quote('Fryslân: € 2.932.000 – ‘zo’n’')).toBe('"Fryslân: € 2.932.000 – ‘zo’n’"');
  });

  test('shows a no-break space escaped, because it looks like a space', () => {
    expect(quote('€\u00a0500')).toBe('"€\\u00A0500"');
  });

  test('cuts a long value to its first 60 characters and says how long it was', () => {
    const value = 'x'.repeat(10_485_760);
    const shown = quote(value);
    expect(shown).toBe(`"${'x'.repeat(60)}..." (10485760 characters)`);
  });

  test('keeps a value of 80 characters whole and cuts one of 81', () => {
    expect(quote('y'.repeat(80))).toBe(`"${'y'.repeat(80)}"`);
    expect(quote('y'.repeat(81))).toContain('(81 characters)');
  });

  test('does not split a character outside the BMP when cutting', () => {
    const value = `${'a'.repeat(59)}😀${'b'.repeat(40)}`;
    const literal = quote(value).match(/^"(.*)\.\.\."/)![1];
    expect(JSON.parse(`"${literal}"`)).toBe('a'.repeat(59));
  });
});

describe('formatIssue', () => {
  test('keeps the documented format', () => {
    expect(formatIssue({ file: 'data/x.csv', line: 14, column: 'bedrag_eur', rule: 'whole-euros', message: '"12,5" is not a whole number of euros' })).toBe(
      'data/x.csv:14 column bedrag_eur: "12,5" is not a whole number of euros (rule: whole-euros)',
    );
  });

  test('escapes and cuts a column name taken from the data, and a file name with a line break', () => {
    const line = formatIssue({ file: 'data/raar\nbestand.csv', line: 1, column: `kolom\u2028${'z'.repeat(1000)}`, rule: 'unknown-column', message: 'unknown column' });
    expect(line).toBe(`data/raar\\nbestand.csv:1 column kolom\\u2028${'z'.repeat(54)}... (1006 characters): unknown column (rule: unknown-column)`);
  });

  test('escapes a hidden character left raw in a message', () => {
    expect(formatIssue({ file: 'data/x.csv', line: 2, rule: 'r', message: 'a\u0085b "c"' })).toBe('data/x.csv:2: a\\u0085b "c" (rule: r)');
  });
});

describe('naming code points', () => {
  test.each([
    [0x0085, 'U+0085 NEXT LINE'],
    [0x2028, 'U+2028 LINE SEPARATOR'],
    [0x2029, 'U+2029 PARAGRAPH SEPARATOR'],
    [0x202e, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    [0x2066, 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    [0x200b, 'U+200B ZERO WIDTH SPACE'],
    [0xfeff, 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
    [0x0000, 'U+0000 NULL'],
    [0x009f, 'U+009F APPLICATION PROGRAM COMMAND'],
    [0xfe0f, 'U+FE0F VARIATION SELECTOR-16'],
    [0xe0100, 'U+E0100 VARIATION SELECTOR-17'],
    [0xe0041, 'U+E0041 TAG "A"'],
    [0xfffe, 'U+FFFE NONCHARACTER'],
    [0x2065, 'U+2065 UNASSIGNED CODE POINT'],
    [0x0430, 'U+0430 "а"'],
  ])('names U+%s', (cp, expected) => {
    expect(describeCodePoint(cp)).toBe(expected);
  });

  test('has a name or a kind for every character the text rules reject', () => {
    const unnamed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (findHidden(String.fromCodePoint(cp), 'code') && codePointName(cp) === null) unnamed.push(cp.toString(16));
    }
    expect(unnamed).toEqual([]);
  });

  test('escapeHidden leaves plain text alone', () => {
    expect(escapeHidden('Testdorp, Fryslân: € 5')).toBe('Testdorp, Fryslân: € 5');
  });
});

describe('decodePunycode, checked against the URL parser (which encodes)', () => {
  const words = ['bücher', 'пример', 'аррӏе', 'παράδειγμα', 'مثال', '例え', 'münchen-ost', 'exаmple', 'straße', '한국어', 'ελληνικά'];
  test.each(words)('decodes the xn-- form of %s back to what the URL parser made of it', (word) => {
    const label = new URL(`https://${word}.test/`).hostname.split('.')[0];
    expect(label.startsWith('xn--')).toBe(true);
    const decoded = decodePunycode(label.slice(4));
    expect(decoded).not.toBeNull();
    // Round trip through the parser: the decoded label encodes to the same xn-- label.
    expect(new URL(`https://${decoded}.test/`).hostname.split('.')[0]).toBe(label);
  });

  test('decodes the RFC 3492 sample (A), Arabic (Egyptian)', () => {
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F');
  });

  test('rejects input that is not Punycode', () => {
    expect(decodePunycode('ü')).toBeNull();
    expect(decodePunycode('99999999999999999999')).toBeNull();
  });
});

describe('lookalikeHost', () => {
  const host = (name: string) => new URL(`https://${name}/`).hostname;

  test.each(['example.org', 'gemeente.amstelveen.nl', host('bücher.de'), host('пример.рф'), host('παράδειγμα.gr'), host('例え.jp'), host('東京tokyo.jp')])('accepts %s', (name) => {
    expect(lookalikeHost(name)).toBeNull();
  });

  test.each([host('exаmple.org'), host('gοv.nl'), host('аррӏе.com'), host('оnline.nl'), host('раураl.com')])('rejects %s', (name) => {
    expect(lookalikeHost(name)).not.toBeNull();
  });
});
