/** One problem found in a data file, located precisely enough to fix it by hand. */
export interface DataIssue {
  /** Path relative to the project root, e.g. `data/bestedingen.csv`. */
  file: string;
  /** Physical line number, 1-based; the header is line 1. */
  line: number;
  /** Column name, or undefined when the problem is the whole line or file. */
  column?: string;
  /** Short stable rule name, e.g. `whole-euros`; tests and docs refer to it. */
  rule: string;
  /** Plain-language explanation, starting with the offending value where there is one. */
  message: string;
  /** The raw offending value, when there is one. */
  value?: string;
}

/** Formats an issue as `data/x.csv:14 column bedrag_eur: "12,5" is not ... (rule: whole-euros)`. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.column ? ` column ${issue.column}` : '';
  return `${issue.file}:${issue.line}${where}: ${issue.message} (rule: ${issue.rule})`;
}

/** Thrown when data/ fails validation; carries every issue found, not just the first. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const shown = issues.slice(0, 200).map(formatIssue);
    const more = issues.length > shown.length ? [`... and ${issues.length - shown.length} more`] : [];
    super(
      [`The data in data/ is not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.`, ...shown, ...more].join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

/** Quotes a raw cell value for a message, showing invisible characters. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
