import { escapeHidden } from './characters';

/** One problem found in a data file, located precisely enough to fix it by hand. */
export interface DataIssue {
  /** Path relative to the project root, e.g. `data/bestedingen.csv`. */
  file: string;
  /** Physical line number, 1-based; the header is line 1. */
  line: number;
  /** Column name (or front-matter field of a narrative), or undefined when the problem is the whole line or file. */
  column?: string;
  /** Character position in the line, 1-based, in a text file such as a narrative (MDX). */
  character?: number;
  /** Short stable rule name, e.g. `whole-euros`; tests and docs refer to it. */
  rule: string;
  /** Plain-language explanation, starting with the offending value where there is one. */
  message: string;
  /** The raw offending value, when there is one. */
  value?: string;
}

/**
 * Formats an issue as `data/x.csv:14 column bedrag_eur: "12,5" is not ... (rule: whole-euros)`,
 * or in a narrative with the character position `content/besluiten/x.mdx:9:5: ... (rule: expression)`.
 * Always one printable line: a file or column name taken from the data (an unknown column, a
 * stray file) is escaped and cut like a value, and so is anything hidden left in the message.
 */
export function formatIssue(issue: DataIssue): string {
  const where = issue.column ? ` column ${shortName(issue.column)}` : '';
  const character = issue.character ? `:${issue.character}` : '';
  return `${shortName(issue.file)}:${issue.line}${character}${where}: ${escapeHidden(issue.message, 'line')} (rule: ${issue.rule})`;
}

/** A file or column name for a message: escaped, and cut when it is long. */
function shortName(name: string): string {
  return name.length > LONG ? `${escapeHidden(cut(name), 'line')}... (${name.length} characters)` : escapeHidden(name, 'line');
}

/** Thrown when data/ (or a narrative in content/) fails validation; carries every issue found, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const shown = issues.slice(0, 200).map(formatIssue);
    const more = issues.length > shown.length ? [`... and ${issues.length - shown.length} more`] : [];
    // The causes come first (validateDataset sorts them so); say so when others follow from them.
    const following = issues.filter((issue) => issue.rule === 'reference-unchecked').length;
    const start = following > 0 ? ` Start with the first: ${following} of them only follow from a file that could not be read.` : '';
    // Name the folders the problems are in: data/, content/ or both.
    const folders = [...new Set(issues.map((issue) => `${issue.file.split('/')[0]}/`))].join(' and ');
    super(
      [`The data in ${folders} is not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.${start}`, ...shown, ...more].join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

const LONG = 80;
const SHOWN = 60;

/** The first SHOWN characters, not splitting a surrogate pair. */
function cut(text: string): string {
  const end = /[\uD800-\uDBFF]/.test(text[SHOWN - 1] ?? '') ? SHOWN - 1 : SHOWN;
  return text.slice(0, end);
}

/**
 * Quotes a raw cell value for a message as a JSON string literal: line breaks, controls and
 * invisible characters escaped (`\n`, `\u202E`), so the message stays one line and shows what is
 * really there. A long value is cut, and the message says how long it was.
 */
export function quote(value: string): string {
  if (value.length <= LONG) return `"${escapeHidden(value)}"`;
  return `"${escapeHidden(cut(value))}..." (${value.length} characters)`;
}
