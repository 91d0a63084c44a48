import { describe, expect, test } from 'vitest';
import { decodeText, lineAt } from '../../../../src/data/csv/decode-text';

const FILE = 'data/test.csv';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
type Located = { line: number; column?: string; rule: string };
const rulesOf = (issues: Located[]) => issues.map(({ line, column, rule }) => ({ line, column, rule }));

describe('decodeText', () => {
  test('accepts UTF-8 with accents and the euro sign', () => {
    expect(decodeText(utf8('Fryslân € 5\n'), FILE)).toEqual({ text: 'Fryslân € 5\n', issues: [] });
  });

  test('keeps a lone carriage return that is not part of CRLF', () => {
    expect(decodeText(utf8('a\rb\r\n'), FILE).text).toBe('a\rb\n');
  });
});

describe('lineAt', () => {
  test('gives line 1 for the first character and counts line breaks before the offset', () => {
    const text = 'ab\ncd\nef';
    expect(lineAt(text, 0)).toBe(1);
    expect(lineAt(text, 2)).toBe(1);
    expect(lineAt(text, 3)).toBe(2);
    expect(lineAt(text, 7)).toBe(3);
  });
});

describe('decodeText and the line of an encoding error', () => {
  test('names the line of the first invalid byte, not of a U+FFFD written in the file before it', () => {
    const text = Buffer.concat([
      Buffer.from('id,naam,bedrag\na,Testdorp,1\nb,Proef\ufffdstad,2\nc,Oud,3\nd,Nieuw,4\n', 'utf8'),
      Buffer.from('e,Frysl\u00e2n,5\n', 'latin1'),
    ]);
    const { issues } = decodeText(new Uint8Array(text), FILE);
    expect(rulesOf(issues)).toEqual([{ line: 6, column: undefined, rule: 'encoding' }]);
    expect(issues[0].message).toContain('0xE2');
    expect(issues[0].message).toContain('"e,Fryslân,5"');
  });

  test.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short by the end of the file', [0xe2, 0x82]],
    ['a sequence cut short by a line break', [0xe2, 0x82, 0x0a]],
  ])('finds %s on line 3', (_, bad) => {
    const bytes = new Uint8Array([...Buffer.from('id,naam\na,b\nc,'), ...bad]);
    expect(rulesOf(decodeText(bytes, FILE).issues)).toEqual([{ line: 3, column: undefined, rule: 'encoding' }]);
  });

  test('accepts every valid sequence length at the end of the file', () => {
    expect(decodeText(utf8('a\u00e2\u20ac\u{1f600}'), FILE).issues).toEqual([]);
  });
});
