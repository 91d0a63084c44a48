import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../../src/data/csv/parse-csv';

const FILE = 'data/test.csv';
const COLUMNS = ['id', 'naam', 'bedrag'] as const;

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const parse = (text: string) => parseCsv(utf8(text), FILE, COLUMNS);
type Located = { line: number; column?: string; rule: string };
const rulesOf = (issues: Located[]) => issues.map(({ line, column, rule }) => ({ line, column, rule }));
/** For issues whose order does not matter: by line, then rule. */
const sortedRules = (issues: Located[]) => rulesOf(issues).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));

describe('parseCsv', () => {
  test('reads the header as line 1 and the first row as line 2', () => {
    const { header, rows, issues } = parse('id,naam,bedrag\na,Testdorp,100\n');
    expect(issues).toEqual([]);
    expect(header).toEqual(['id', 'naam', 'bedrag']);
    expect(rows).toEqual([{ line: 2, cells: { id: 'a', naam: 'Testdorp', bedrag: '100' } }]);
  });

  test('counts the physical lines of a quoted cell with a line break', () => {
    const { rows } = parse('id,naam,bedrag\na,"twee\nregels",1\nb,Proefstad,2\n');
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rows[0].cells.naam).toBe('twee\nregels');
  });

  test('counts every line break when one row has several in several cells', () => {
    const { rows } = parse('id,naam,bedrag\na,"een\ntwee\ndrie","4\n5"\nb,Proefstad,2\nc,Oud-Testveld,3\n');
    expect(rows.map((row) => row.line)).toEqual([2, 6, 7]);
  });

  test('does not turn the final newline into a row', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,Proefstad,2\n');
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
  });

  test('refuses a file without a final line break, naming its last line, and still reads its rows', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,Proefstad,2');
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'final-line-break' }]);
    expect(issues[0].value).toBe('b,Proefstad,2');
    expect(issues[0].message).toContain('"b,Proefstad,2"');
    expect(rows.map((row) => [row.line, row.cells.bedrag])).toEqual([
      [2, '1'],
      [3, '2'],
    ]);
  });

  test('names a copy cut off inside its last cell by its last line', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,naar welk j');
    // The cut line is also short of a cell; both are said, the cut first.
    expect(rulesOf(issues)).toEqual([
      { line: 3, column: undefined, rule: 'final-line-break' },
      { line: 3, column: 'bedrag', rule: 'missing-cell' },
    ]);
    expect(issues[0].value).toBe('b,naar welk j');
    expect(rows.map((row) => row.cells.id)).toEqual(['a']);
  });

  test('names a copy cut off inside a quoted last cell as an unclosed quote, and only that', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,"Proefstad, naar welk j');
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'unclosed-quote' }]);
    expect(issues[0].message).toContain('never closed');
    expect(rows).toEqual([]);
  });

  test('normalises CRLF line ends: no carriage return reaches a cell', () => {
    const { rows, issues } = parse('id,naam,bedrag\r\na,Testdorp,1\r\nb,Proefstad,2\r\n');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, cells: { id: 'a', naam: 'Testdorp', bedrag: '1' } },
      { line: 3, cells: { id: 'b', naam: 'Proefstad', bedrag: '2' } },
    ]);
  });

  test('normalises CRLF inside a quoted cell to LF and still counts its lines', () => {
    const { rows } = parse('id,naam,bedrag\r\na,"twee\r\nregels",1\r\nb,Proefstad,2\r\n');
    expect(rows[0].cells.naam).toBe('twee\nregels');
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
  });

  test('keeps doubled quotes as one quote and a quoted comma inside the cell', () => {
    const { rows } = parse('id,naam,bedrag\na,"Het ""testteam"", zei de raad",1\n');
    expect(rows[0].cells.naam).toBe('Het "testteam", zei de raad');
  });

  test('returns cells raw, without trimming spaces', () => {
    const { rows } = parse('id,naam,bedrag\na, Testdorp ,1\n');
    expect(rows[0].cells.naam).toBe(' Testdorp ');
  });

  test('locates an unclosed quote on the line where the quoted cell starts', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,"Proefstad,2\nc,Oud-Testveld,3\n');
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'unclosed-quote' }]);
    expect(rows).toEqual([]);
  });

  test('locates an unclosed quote by physical line after a multi-line quoted cell', () => {
    const { issues } = parse('id,naam,bedrag\na,"twee\nregels",1\nb,"Proefstad,2\n');
    expect(rulesOf(issues)).toEqual([{ line: 4, column: undefined, rule: 'unclosed-quote' }]);
  });

  test('locates text after a closing quote on its line', () => {
    const { issues } = parse('id,naam,bedrag\na,Testdorp,1\nb,"Proef"stad,2\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.rule === 'quotes' && issue.line === 3)).toBe(true);
  });

  test('reports a blank line with its line number and keeps the rows around it', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\n\nb,Proefstad,2\n');
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'blank-line' }]);
    expect(rows.map((row) => [row.line, row.cells.id])).toEqual([
      [2, 'a'],
      [4, 'b'],
    ]);
  });

  test('reports a second newline at the end of the file as a blank line', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp,1\n\n');
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'blank-line' }]);
    expect(rows).toHaveLength(1);
  });

  test('names the first missing column of a short row', () => {
    const { rows, issues } = parse('id,naam,bedrag\na,Testdorp\nb,Proefstad,2\n');
    expect(rulesOf(issues)).toEqual([{ line: 2, column: 'bedrag', rule: 'missing-cell' }]);
    expect(rows.map((row) => row.cells.id)).toEqual(['b']);
  });

  test('names the first extra cell of a long row', () => {
    const { issues } = parse('id,naam,bedrag\na,Test,dorp,1\n');
    expect(rulesOf(issues)).toEqual([{ line: 2, column: undefined, rule: 'extra-cell' }]);
    expect(issues[0].value).toBe('1');
  });

  test('reports a semicolon-separated file as a wrong delimiter, not as one unknown column', () => {
    const { rows, issues } = parse('id;naam;bedrag\na;Testdorp;1\n');
    expect(rulesOf(issues)).toEqual([{ line: 1, column: undefined, rule: 'delimiter' }]);
    expect(rows).toEqual([]);
  });

  test('reports a tab-separated file as a wrong delimiter', () => {
    const { issues } = parse('id\tnaam\tbedrag\na\tTestdorp\t1\n');
    expect(rulesOf(issues)).toEqual([{ line: 1, column: undefined, rule: 'delimiter' }]);
    expect(issues[0].message).toContain('tab');
  });

  test('reports each unknown, duplicate and missing column in one go', () => {
    const { issues } = parse('id,naam,naam,notitie\na,b,c,d\n');
    expect(rulesOf(issues)).toEqual([
      { line: 1, column: 'naam', rule: 'duplicate-column' },
      { line: 1, column: 'notitie', rule: 'unknown-column' },
      { line: 1, column: 'bedrag', rule: 'missing-column' },
    ]);
  });

  test('reports a column name with a space around it without also calling the column missing', () => {
    const { issues } = parse('id, naam,bedrag\na,Testdorp,1\n');
    expect(rulesOf(issues)).toEqual([{ line: 1, column: 'naam', rule: 'whitespace' }]);
  });

  test('reports an empty header cell', () => {
    const { issues } = parse('id,naam,,bedrag\na,Testdorp,,1\n');
    expect(rulesOf(issues)).toEqual([{ line: 1, column: undefined, rule: 'blank-header' }]);
  });

  test('reports an empty file', () => {
    expect(rulesOf(parse('').issues)).toEqual([{ line: 1, column: undefined, rule: 'empty-file' }]);
  });

  test('reports a file of only line breaks as empty', () => {
    expect(rulesOf(parse('\n\n').issues)).toEqual([{ line: 1, column: undefined, rule: 'empty-file' }]);
  });

  test('reports a header without rows', () => {
    expect(rulesOf(parse('id,naam,bedrag\n').issues)).toEqual([{ line: 1, column: undefined, rule: 'no-rows' }]);
  });

  test('reports a byte-order mark and still reads the first column name without it', () => {
    const { header, rows, issues } = parseCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,naam,bedrag\na,Testdorp,1\n')]), FILE, COLUMNS);
    expect(rulesOf(issues)).toEqual([{ line: 1, column: undefined, rule: 'bom' }]);
    expect(header[0]).toBe('id');
    expect(rows[0].cells.id).toBe('a');
  });

  test('reports both the byte-order mark and the missing rows of a header-only file with a BOM', () => {
    const { issues } = parseCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,naam,bedrag\n')]), FILE, COLUMNS);
    expect(sortedRules(issues)).toEqual([
      { line: 1, column: undefined, rule: 'bom' },
      { line: 1, column: undefined, rule: 'no-rows' },
    ]);
  });

  test('reports both the blank line and the missing rows of a file with a header and only a blank line', () => {
    expect(sortedRules(parse('id,naam,bedrag\n\n').issues)).toEqual([
      { line: 1, column: undefined, rule: 'no-rows' },
      { line: 2, column: undefined, rule: 'blank-line' },
    ]);
  });

  test('reports a Latin-1 file on the line of its first non-UTF-8 byte and returns no rows', () => {
    const bytes = new Uint8Array(Buffer.from('id,naam,bedrag\na,Testdorp,1\nb,Fryslân,2\nc,Gâst,3\n', 'latin1'));
    const { rows, issues } = parseCsv(bytes, FILE, COLUMNS);
    expect(rulesOf(issues)).toEqual([{ line: 3, column: undefined, rule: 'encoding' }]);
    expect(rows).toEqual([]);
  });

  test('puts the file name on every issue', () => {
    const { issues } = parse('id,naam\na,Testdorp,1\n\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.file === FILE)).toBe(true);
  });
});

describe('parseCsv and whitespace after a closing quote', () => {
  test.each([
    ['a space before the comma', 'id,naam,bedrag\na,"Testdorp, 2021" ,1\n', 2, 'naam'],
    ['a tab before the comma', 'id,naam,bedrag\na,"Testdorp"\t,1\n', 2, 'naam'],
    ['spaces before the line end', 'id,naam,bedrag\na,Testdorp,"1"  \nb,Proefstad,2\n', 2, 'bedrag'],
    ['a no-break space before the comma', 'id,naam,bedrag\na,"Testdorp"\u00a0,1\n', 2, 'naam'],
    ['a space after a quoted header cell', 'id,"naam" ,bedrag\na,Testdorp,1\n', 1, 'naam'],
    ['a space after a cell with a quoted line break', 'id,naam,bedrag\na,"twee\nregels",1\nb,"Proef""stad""" ,2\n', 4, 'naam'],
    ['a space after a quoted last cell of the last line without a line end', 'id,naam,bedrag\na,Testdorp,"1" ', 2, 'bedrag'],
  ])('rejects %s at its line and column', (_, text, line, column) => {
    const { issues } = parse(text);
    expect(rulesOf(issues).filter((issue) => issue.rule !== 'quotes')).toEqual([{ line, column, rule: 'space-after-quote' }]);
  });

  test('shows the whitespace escaped in the message', () => {
    expect(parse('id,naam,bedrag\na,"Testdorp"\t,1\n').issues[0].message).toContain('"\\t"');
  });

  test('accepts spaces inside the quotes and in an unquoted cell', () => {
    expect(parse('id,naam,bedrag\na,"Testdorp, 2021 ",1\nb,Proef "stad" ,2\n').issues).toEqual([]);
  });

  test('finds every case among many lines and names each line once', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `r${i},"Testdorp"${i % 500 === 7 ? ' ' : ''},${i}`);
    const { issues } = parse(`id,naam,bedrag\n${lines.join('\n')}\n`);
    expect(issues.map((issue) => issue.line)).toEqual([9, 509, 1009, 1509]);
  });
});
