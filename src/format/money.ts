import type { Precision } from '../data/schemas/vocab';

const euroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Whole euros the Dutch way: `€ 2.932.000` (with a no-break space after the sign). */
export function formatEuro(amount: number): string {
  return euroFormat.format(amount);
}

/** A whole number with Dutch thousands separators: `95.014`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** An amount with the precision the source gave: "ruim € 5.000.000", "ongeveer € 460.000", "tot maximaal € 10.000". */
export function formatAmount(amount: number, precision: Precision | null): string {
  const euros = formatEuro(amount);
  if (precision === 'minimaal') return `ruim ${euros}`;
  if (precision === 'maximaal') return `tot maximaal ${euros}`;
  if (precision === 'afgerond') return `ongeveer ${euros}`;
  return euros;
}

/** A stated range: "€ 23.000.000 tot € 25.000.000". */
export function formatRange(min: number, max: number): string {
  return `${formatEuro(min)} tot ${formatEuro(max)}`;
}

/** Page text built for SVG and CSV uses plain spaces; on a page "€" never ends a line. */
export const keepEuroWithAmount = (text: string) => text.replace(/€ /g, '€\u00a0');
