import Papa from 'papaparse';
import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';
import { decodeText, lineAt, lineCounter } from './decode-text';
import { spacesAfterClosingQuotes } from './quote-spacing';

/** One data row of a CSV file with the physical line it starts on (header = line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  issues: DataIssue[];
}

/**
 * Parses a data file (RFC 4180, comma, UTF-8, header row) and checks its structure against the
 * expected columns. Never throws: every problem becomes an issue with file, line and column, so
 * several can be reported at once. Cell values are returned raw; the schemas judge them.
 */
export function parseCsv(bytes: Uint8Array, file: string, expectedColumns: readonly string[]): ParsedCsv {
  const decoded = decodeText(bytes, file);
  const issues = [...decoded.issues];
  const text = decoded.text;
  const empty: ParsedCsv = { header: [], rows: [], issues };
  if (text === null) return empty;
  if (text.trim() === '') {
    issues.push({ file, line: 1, rule: 'empty-file', message: 'the file is empty; it needs at least a header row and one data row' });
    return empty;
  }

  // Delimiter and line ending are fixed on purpose: guessing would silently accept a ';' export.
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', quoteChar: '"', header: false, skipEmptyLines: false });
  issues.push(...quotingIssues(text, result, file));
  // A cell left open at the end is named as such (unclosed-quote): no second issue for the end.
  if (!text.endsWith('\n') && !result.errors.some((error) => error.code === 'MissingQuotes')) issues.push(cutOffIssue(text, file));
  if (result.errors.length > 0) return empty;

  const records = result.data;
  // Papa yields [''] for the empty string after a final newline: that is not a row.
  if (records.length > 1 && isBlank(records[records.length - 1]) && text.endsWith('\n')) records.pop();

  const header = records[0];
  const headerIssues = checkHeader(header, file, expectedColumns);
  issues.push(...headerIssues);
  if (headerIssues.length > 0) return { header, rows: [], issues };
  return { header, rows: dataRows(records, file, issues), issues };
}

/**
 * A file whose last line has no line break: the usual sign of a copy that stopped early (a
 * download, a paste, a full disk), which would publish "...naar welk j" as if it were complete.
 */
function cutOffIssue(text: string, file: string): DataIssue {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  return {
    file,
    line: lineAt(text, text.length),
    rule: 'final-line-break',
    message: `the file ends without a line break after its last line ${quote(lastLine)}; a file that was cut off looks like this. Check that this line is complete, then end it with a line break`,
    value: lastLine,
  };
}

/** Papa's quoting errors, and spaces after a closing quote (which Papa silently keeps). */
function quotingIssues(text: string, result: Papa.ParseResult<string[]>, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  let lineOf = lineCounter(text);
  for (const error of result.errors) {
    const line = lineOf(error.index ?? 0);
    // Papa's MissingQuotes: a quote opens a cell and nothing closes it, so the cell runs to the end.
    // After a malformed closing quote (`"Proef"stad`) Papa reports one too: that one says nothing new.
    if (error.code === 'MissingQuotes' && result.errors.some((other) => other.code === 'InvalidQuotes' && other.row === error.row)) continue;
    if (error.code === 'MissingQuotes') {
      issues.push({
        file,
        line,
        rule: 'unclosed-quote',
        message: `a quoted cell opens on this line and is never closed: everything up to the end of the file (line ${lineAt(text, text.trimEnd().length)}) would be one cell. The file may be cut off, or a closing quote (") is missing`,
      });
      continue;
    }
    issues.push({
      file,
      line,
      rule: 'quotes',
      message: `${error.message.toLowerCase()}; a cell with a comma, quote or line break must be quoted and inner quotes doubled ("")`,
    });
  }
  lineOf = lineCounter(text);
  for (const { offset, field, spaces } of spacesAfterClosingQuotes(text)) {
    issues.push({
      file,
      line: lineOf(offset),
      column: result.data[0]?.[field],
      rule: 'space-after-quote',
      message: `${quote(spaces)} follows the closing quote of this cell; remove it, or put it inside the quotes if it belongs to the text`,
    });
  }
  return issues;
}

/** The records after the header as rows keyed by column; blank lines and wrong cell counts go to `issues`. */
function dataRows(records: string[][], file: string, issues: DataIssue[]): CsvRow[] {
  const header = records[0];
  const rows: CsvRow[] = [];
  let dropped = 0; // rows with the wrong number of cells: reported, so "no rows" would mislead
  let line = 1 + physicalLines(header);
  for (let i = 1; i < records.length; i++) {
    const record = records[i];
    const recordLine = line;
    line += physicalLines(record);
    const issue = cellCountIssue(record, header, file, recordLine);
    if (issue) {
      issues.push(issue);
      if (issue.rule !== 'blank-line') dropped++;
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => (cells[name] = record[index]));
    rows.push({ line: recordLine, cells });
  }
  if (rows.length === 0 && dropped === 0) {
    issues.push({ file, line: 1, rule: 'no-rows', message: 'the file has a header but no data rows' });
  }
  return rows;
}

/** A blank line, or a record with fewer or more cells than the header; undefined when it fits. */
function cellCountIssue(record: string[], header: string[], file: string, line: number): DataIssue | undefined {
  if (isBlank(record)) return { file, line, rule: 'blank-line', message: 'empty line; remove it' };
  if (record.length < header.length) {
    return {
      file,
      line,
      column: header[record.length],
      rule: 'missing-cell',
      message: `the line has ${record.length} cells but the header has ${header.length}; the cells from column ${header[record.length]} on are missing`,
    };
  }
  if (record.length > header.length) {
    return {
      file,
      line,
      rule: 'extra-cell',
      message: `the line has ${record.length} cells but the header has ${header.length}; extra cell ${quote(record[header.length])} (a comma in a text that is not quoted?)`,
      value: record[header.length],
    };
  }
  return undefined;
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && record[0] === '';
}

/** Lines a record occupies: one, plus any line breaks inside quoted cells. */
function physicalLines(record: string[]): number {
  let lines = 1;
  for (const cell of record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) lines++;
  return lines;
}

function checkHeader(header: string[], file: string, expected: readonly string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  if (header.length === 1 && /[;\t|]/.test(header[0])) {
    const found = header[0].includes(';') ? ';' : header[0].includes('\t') ? 'tab' : '|';
    return [{ file, line: 1, rule: 'delimiter', message: `the header is separated by ${found}, not by commas; save the file as comma-separated CSV` }];
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name.trim() === '') {
      issues.push({ file, line: 1, rule: 'blank-header', message: `header cell ${index + 1} is empty; every column needs a name` });
    } else if (name !== name.trim()) {
      issues.push({ file, line: 1, column: name.trim(), rule: 'whitespace', message: `column name ${quote(name)} has spaces around it`, value: name });
    } else if (seen.has(name)) {
      issues.push({ file, line: 1, column: name, rule: 'duplicate-column', message: `column ${name} appears more than once` });
    } else if (!expected.includes(name)) {
      issues.push({ file, line: 1, column: name, rule: 'unknown-column', message: `unknown column ${quote(name)}; expected columns: ${expected.join(', ')}`, value: name });
    }
    seen.add(name.trim());
  });
  for (const name of expected) {
    if (!seen.has(name)) issues.push({ file, line: 1, column: name, rule: 'missing-column', message: `column ${name} is missing from the header` });
  }
  return issues;
}
