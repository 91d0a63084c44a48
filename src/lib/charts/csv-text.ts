/** RFC 4180 CSV text (LF line ends) of rows in the given column order; cells with comma, quote or newline are quoted. */
export function toCsv(columns: string[], rows: Record<string, string | number | null>[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value).replace(/\u00a0/g, ' ');
    // A leading =, +, -, @ would run as a formula in spreadsheets: prefix a quote-safe apostrophe.
    const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
}
