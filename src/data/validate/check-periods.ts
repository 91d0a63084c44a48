import type { DataIssue } from './issue';
import { quote } from './issue';
import type { LocatedTables } from './check-integrity';
import { looseText, periodYears } from './dutch-periods';
import { TABLES } from '../schemas/tables';
import type { TableName } from '../schemas/tables';

/** The tables whose year columns must be stated by their own `citaat`, and those columns. */
export const YEAR_COLUMNS: Partial<Record<TableName, string[]>> = {
  rijksmiddelen: ['jaar_van', 'jaar_tot'],
  toekenningen: ['jaar_van', 'jaar_tot'],
  bestedingen: ['jaar_van', 'jaar_tot'],
  verschuivingen: ['van_jaar', 'naar_jaar'],
  resultaten: ['jaar'],
};

type AnyRow = Record<string, unknown>;

/**
 * The period rule (/methode/#periode), for every row: a year stands in a year column only when the
 * row's own quote states it (in words, as a range, or as a table column); a year that is only part
 * of a document's name ("1e Burap 2022") does not count. The source's words for the period
 * (periode_bron) are quoted verbatim, and the quote's "tot 2027" or "t/m 2027" decides
 * jaar_tot_grens.
 */
export function checkPeriods(tables: LocatedTables, dir = 'data'): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [table, columns] of Object.entries(YEAR_COLUMNS) as [TableName, string[]][]) {
    const file = `${dir}/${TABLES[table].file}`;
    for (const { line, row } of tables[table] as unknown as { line: number; row: AnyRow }[]) {
      const citaat = typeof row.citaat === 'string' ? row.citaat : '';
      const stated = periodYears(citaat);
      const at = (column: string, rule: string, message: string, value: string) => issues.push({ file, line, column, rule, message, value });
      for (const column of columns) {
        const year = row[column];
        if (typeof year !== 'number' || stated.some((y) => y.year === year)) continue;
        const named = stated.length ? stated.map((y) => y.text).join(', ') : 'none';
        at(column, 'year-in-quote', `${year} is not stated in the citaat as a year of this row (years it states: ${named}; a year in a document's name does not count); quote the words with the year, or leave ${column} empty`, String(year));
      }
      const words = row.periode_bron;
      if (typeof words === 'string' && !looseText(citaat).includes(looseText(words))) {
        at('periode_bron', 'period-words-in-quote', `${quote(words)} is not in the citaat; periode_bron holds the source's own words for the period, verbatim`, words);
      }
      if (typeof row.jaar_tot === 'number' && typeof row.jaar_tot_grens === 'string') {
        const ends = stated.filter((y) => y.year === row.jaar_tot);
        const says = ends.some((y) => y.bound === 'tot') && !ends.some((y) => y.bound !== 'tot') ? 'tot' : 'tot en met';
        if (ends.length > 0 && says !== row.jaar_tot_grens) {
          at('jaar_tot_grens', 'end-bound-in-quote', `${quote(row.jaar_tot_grens)} does not agree with the citaat, which says ${quote(ends.map((y) => y.text).join(', '))}: write ${quote(says)}`, row.jaar_tot_grens);
        }
      }
    }
  }
  return issues;
}
