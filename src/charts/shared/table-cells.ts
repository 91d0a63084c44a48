import { formatEuro } from '../../format/money';
import { formatPer } from '../../format/period';
import type { ChartColumn } from './chart-spec';

/*
 * A chart's table on the page (and on paper) reads as the page does: "€ 2.932.000", "in totaal",
 * "− € 113.000", never the CSV's raw "2932000" or "totaal" (issue 22). The CSV keeps raw values;
 * the build and the browser's compare view both call these.
 */

/** A column's header on the page: the CSV's unit note "(euro)" is said by the € sign instead. */
export function tableLabel(column: ChartColumn): string {
  return column.key.endsWith('_eur') ? column.label.replace(/ \(euro\)$/, '') : column.label;
}

/** A cell as the page shows it. */
export function tableCell(column: ChartColumn, value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  if (column.key === 'per' && (value === 'jaar' || value === 'totaal')) return formatPer(value);
  if (typeof value !== 'number' || !column.key.endsWith('_eur') || column.numeric !== 'integer') return String(value);
  return value < 0 ? `\u2212\u00a0${formatEuro(-value)}` : formatEuro(value);
}
