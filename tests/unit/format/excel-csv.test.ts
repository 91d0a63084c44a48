import { describe, expect, test } from 'vitest';
import { BOM, neutraliseFormula, toExcelCsv } from '../../../src/format/csv';
import { parseCsv } from '../publish/frictionless-check';

describe('neutraliseFormula', () => {
  test.each(['=HYPERLINK("https://example.invalid","klik")', '+31 20 123', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
    'prefixes %j with an apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  test.each(['-125', '+113', '-1,5', '2932000', 'GM0362', 'Amstelveen', ''])(
    'leaves %j alone (a number or harmless text)',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );
});

describe('toExcelCsv', () => {
  // Synthetic rows: validation refuses such text in data/, so these only exist here.
  const rows = [
    {
      id: 'synthetisch-1',
      cbs_code: 'GM0001',
      omschrijving: '=1+1',
      bedrag: 2932000,
      per_inwoner: 12.5,
      primair: true,
    },
    {
      id: 'synthetisch-2',
      cbs_code: 'GM0002',
      omschrijving: "@cmd|'/C calc'!A0",
      bedrag: null,
      per_inwoner: null,
      primair: false,
    },
    {
      id: 'synthetisch-3',
      cbs_code: 'GM0003',
      omschrijving: 'Puntkomma; en "aanhalingstekens"',
      bedrag: 0,
      per_inwoner: 3,
      primair: false,
    },
  ];
  const columns = ['id', 'cbs_code', 'omschrijving', 'bedrag', 'per_inwoner', 'primair'];
  const text = toExcelCsv(columns, rows, new Set(['per_inwoner']));

  test('starts with a UTF-8 byte-order mark and uses semicolons and CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.split('\r\n')[0]).toBe(`${BOM}id;cbs_code;omschrijving;bedrag;per_inwoner;primair`);
  });

  test('no cell of the parsed file starts with a formula character unless it is a number', () => {
    const { rows: parsed } = parseCsv(text, ';');
    const cells = parsed.flat();
    const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?$/.test(cell));
    expect(dangerous).toEqual([]);
    expect(parsed[0][2]).toBe("'=1+1");
    expect(parsed[1][2]).toBe("'@cmd|'/C calc'!A0");
  });

  test('writes a decimal comma only in non-integer columns, and keeps text with a semicolon intact', () => {
    const { rows: parsed } = parseCsv(text, ';');
    expect(parsed[0][4]).toBe('12,5');
    expect(parsed[0][3]).toBe('2932000');
    expect(parsed[2][2]).toBe('Puntkomma; en "aanhalingstekens"');
  });

  test('keeps CBS codes as written and booleans as ja/nee', () => {
    const { rows: parsed } = parseCsv(text, ';');
    expect(parsed.map((row) => row[1])).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(parsed.map((row) => row[5])).toEqual(['ja', 'nee', 'nee']);
  });
});
