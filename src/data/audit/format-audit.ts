import type { AuditRow } from './audit-rows';

const FIELD = 10;
const ENCODES = 40;

/** Cuts a cell to its column, so the quote column starts at the same place on every line. */
const cell = (value: string, width: number) => (value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width));

/**
 * The audit as plain text: per row a heading (table, id, gemeente) and one line per claim, the row's
 * value beside the quote's words, "!!" before a claim the quote does not carry. Ends with a count
 * and the list of flagged rows, so a reviewer can start there.
 */
export function formatAudit(rows: AuditRow[], options: { flaggedOnly?: boolean } = {}): string {
  const flagged = rows.filter((row) => row.lines.some((line) => line.flag));
  const shown = options.flaggedOnly ? flagged : rows;
  const out: string[] = [`${cell('', 2)}${cell('veld', FIELD)} ${cell('de regel zegt', ENCODES)} │ het citaat zegt`];
  for (const row of shown) {
    out.push('', `${row.table}/${row.id}${row.gemeente ? ` (${row.gemeente})` : ''}`);
    for (const line of row.lines) {
      out.push(`${line.flag ? '!!' : '  '}${cell(line.field, FIELD)} ${cell(line.encodes, ENCODES)} │ ${line.quote}`);
      if (line.flag) out.push(`${' '.repeat(2 + FIELD + 1 + ENCODES)} │ !! ${line.flag}`);
    }
  }
  out.push('', `${rows.length} feitregels, ${flagged.length} met een afwijking${flagged.length ? ':' : '.'}`);
  for (const row of flagged) out.push(`  ${row.table}/${row.id}: ${row.lines.filter((l) => l.flag).map((l) => `${l.field} (${l.flag})`).join('; ')}`);
  return out.join('\n');
}
