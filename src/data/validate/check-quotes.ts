import type { DataIssue } from './issue';
import { quote } from './issue';
import type { LocatedTables } from './check-integrity';
import { amountsInQuote, matchAmount, statedPrecision } from './dutch-amounts';
import type { StatedAmount } from './dutch-amounts';
import { TABLES } from '../schemas/tables';
import type { TableName } from '../schemas/tables';

/** The tables whose amounts must be stated by their own `citaat`, and their amount columns. */
export const AMOUNT_COLUMNS: Partial<Record<TableName, string[]>> = {
  rijksmiddelen: ['bedrag_eur', 'bedrag_min', 'bedrag_max'],
  toekenningen: ['bedrag_eur'],
  bestedingen: ['bedrag_eur'],
  verschuivingen: ['bedrag_eur'],
};

/** The column that, filled, says why the automatic check cannot see the amount in the quote. */
export const EXCEPTION_COLUMN = 'citaat_uitzondering';

type AnyRow = Record<string, unknown>;

/** A row whose amount check is switched off by an explicit reason; listed on /methode/. */
export interface QuoteException {
  table: TableName;
  id: string;
  reason: string;
}

/** Every row with a filled `citaat_uitzondering`, in table order. */
export function quoteExceptions(tables: { [T in TableName]?: AnyRow[] }): QuoteException[] {
  return Object.keys(AMOUNT_COLUMNS).flatMap((table) =>
    (tables[table as TableName] ?? [])
      .filter((row) => typeof row[EXCEPTION_COLUMN] === 'string')
      .map((row) => ({ table: table as TableName, id: String(row.id), reason: String(row[EXCEPTION_COLUMN]) })),
  );
}

const listed = (mentions: StatedAmount[]) => (mentions.length ? mentions.map((m) => m.text).join(', ') : 'none');

/**
 * Every amount cell must be stated by its own quote (in any Dutch notation, or as a table cell
 * under a stated unit), and the precision words there ("ruim", "tot maximaal", "zo'n", a range)
 * must agree with bedrag_precisie. A row may skip the amount check only with a reason in
 * citaat_uitzondering, and only while its quote really lacks the amount.
 */
export function checkQuotes(tables: LocatedTables, dir = 'data'): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [table, columns] of Object.entries(AMOUNT_COLUMNS) as [TableName, string[]][]) {
    const file = `${dir}/${TABLES[table].file}`;
    for (const { line, row } of tables[table] as unknown as { line: number; row: AnyRow }[]) {
      const citaat = typeof row.citaat === 'string' ? row.citaat : null;
      const exception = typeof row[EXCEPTION_COLUMN] === 'string' ? (row[EXCEPTION_COLUMN] as string) : null;
      const amounts = columns.filter((column) => typeof row[column] === 'number');
      // An amount without a quote is reported by the schema already (citaat-required).
      if (citaat === null || amounts.length === 0) continue;
      const mentions = amountsInQuote(citaat);
      const precisions = new Set<string>();
      let unstated = false;
      for (const column of amounts) {
        const amount = row[column] as number;
        const matching = mentions.flatMap((m) => {
          const how = matchAmount(amount, m);
          return how ? [statedPrecision(m, how)] : [];
        });
        if (matching.length === 0) {
          unstated = true;
          if (exception === null) {
            issues.push({
              file,
              line,
              column,
              rule: 'amount-in-quote',
              message: `${quote(String(amount))} is not stated in the citaat (amounts it states: ${listed(mentions)}); quote the words with this amount${EXCEPTION_COLUMN in TABLES[table].schema.shape ? `, or say in ${EXCEPTION_COLUMN} why it cannot be quoted` : ''}`,
              value: String(amount),
            });
          }
        }
        // A row's precision must agree with at least one of its amount's mentions.
        if (matching.length > 0 && precisions.size === 0) matching.forEach((p) => precisions.add(p));
      }
      if (exception !== null && !unstated) {
        issues.push({ file, line, column: EXCEPTION_COLUMN, rule: 'exception-unneeded', message: `${quote(exception)} is not needed: the citaat states the amount; empty ${EXCEPTION_COLUMN}`, value: exception });
      }
      const precision = row.bedrag_precisie as string | null | undefined;
      if (precision && precisions.size > 0 && !precisions.has(precision)) {
        issues.push({
          file,
          line,
          column: 'bedrag_precisie',
          rule: 'precision-in-quote',
          message: `${quote(precision)} does not agree with the citaat, whose words for this amount say ${[...precisions].join(' or ')}`,
          value: precision,
        });
      }
    }
  }
  return issues;
}
