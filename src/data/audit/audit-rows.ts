/*
 * The data audit (`npm run audit-data`): for every fact row, what the row encodes (amount,
 * precision, period, per, date, part of) beside the words of its own quote that state it, and a
 * flag where the row claims more than those words. The same readers as the build's quote checks
 * (dutch-amounts.ts, check-quotes.ts, dutch-periods.ts): no second matcher.
 */
import type { TableName } from '../schemas/tables';
import { amountsInQuote, matchAmount, statedPrecision } from '../validate/dutch-amounts';
import { AMOUNT_COLUMNS, EXCEPTION_COLUMN } from '../validate/check-quotes';
import { datesInText, looseText, perWords, yearsInText } from '../validate/dutch-periods';
import { formatYears } from '../../format/period';

/** One claim of a row: what the row encodes and the quote's words for it; `flag` says where the row says more. */
export interface AuditLine {
  field: string;
  encodes: string;
  quote: string;
  flag?: string;
}

export interface AuditRow {
  table: TableName;
  id: string;
  gemeente: string | null;
  lines: AuditLine[];
}

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const quoted = (items: string[]) => (items.length ? items.map((item) => `"${item}"`).join(', ') : '—');

/** The amount cells of a row beside the mentions of its quote that state them, and the precision those words give. */
export function amountLines(table: TableName, row: Row): AuditLine[] {
  const citaat = text(row.citaat);
  const mentions = amountsInQuote(citaat);
  const lines: AuditLine[] = [];
  const precisions = new Set<string>();
  for (const column of AMOUNT_COLUMNS[table] ?? []) {
    const amount = row[column];
    if (typeof amount !== 'number') continue;
    const matching = mentions.flatMap((m) => {
      const how = matchAmount(amount, m);
      if (!how) return [];
      const precision = statedPrecision(m, how);
      precisions.add(precision);
      return [`"${m.text}"${m.values[0] !== amount && how === 'exact' ? ' × 1.000 (tabel)' : ''}${precision !== 'exact' ? ` (${precision})` : ''}`];
    });
    const exception = text(row[EXCEPTION_COLUMN]);
    const flag = matching.length ? undefined : exception ? `uitzondering: ${exception}` : 'bedrag staat niet in het citaat';
    lines.push({ field: column === 'bedrag_eur' ? 'bedrag' : column.replace('bedrag_', 'bedrag '), encodes: String(amount), quote: matching.join(', ') || '—', flag });
  }
  if (lines.length && 'bedrag_precisie' in row) {
    const precision = text(row.bedrag_precisie);
    const agrees = precisions.size === 0 || precisions.has(precision);
    lines.push({ field: 'precisie', encodes: precision || '—', quote: [...precisions].join(' of ') || '—', flag: agrees ? undefined : 'precisie past niet bij de woorden van het citaat' });
  }
  return lines;
}

/** The years a row encodes beside the years its quote states, with the years that only name a document apart. */
export function periodLines(row: Row, columns: string[]): AuditLine[] {
  if (columns.every((column) => !(column in row))) return [];
  const citaat = text(row.citaat);
  const years = yearsInText(citaat);
  const stated = years.filter((y) => !y.documentName);
  // "2022-2027" is said once, not as "2022" and "2022-2027".
  const said = [...new Set(stated.map((y) => y.text))].filter((t, _, all) => !all.some((o) => o !== t && o.startsWith(`${t}-`)));
  const inNames = years.filter((y) => y.documentName).map((y) => `in documentnaam: ${y.text}`);
  const encoded = columns.map((column) => row[column]).filter((y): y is number => typeof y === 'number');
  const missing = [...new Set(encoded.filter((y) => !stated.some((s) => s.year === y)))];
  const isMoney = 'jaar_tot' in row;
  const encodes = isMoney ? formatYears(row as never) : columns.map((c) => `${c} ${row[c] ?? '—'}`).join(', ');
  const words = text(row.periode_bron);
  const lines: AuditLine[] = [
    { field: 'periode', encodes, quote: [...said.map((t) => `"${t}"`), ...inNames].join(', ') || '—', flag: missing.length ? `${missing.join(', ')} niet in het citaat` : undefined },
  ];
  if (words) lines.push({ field: 'woorden', encodes: `periode_bron "${words}"`, quote: looseText(citaat).includes(looseText(words)) ? `"${words}"` : '—', flag: looseText(citaat).includes(looseText(words)) ? undefined : 'niet letterlijk in het citaat' });
  return lines;
}

/** Per jaar or in totaal, beside the quote's words for it. */
export function perLine(row: Row): AuditLine[] {
  if (!('per' in row) || row.per === null) return [];
  const words = perWords(text(row.citaat));
  // A table row "48 48" or "235 | 235 | 235": the same amount in one column per year.
  const repeated = /(?<![\d.,])(\d[\d.]*)(?:\s*\|?\s+\1(?![\d.,]))+/.test(text(row.citaat));
  const yearly = words.jaar.length > 0 || repeated;
  const flag = row.per === 'jaar' && !yearly ? 'per jaar, maar het citaat zegt dat niet' : row.per === 'totaal' && words.jaar.length > 0 && words.totaal.length === 0 ? 'in totaal, maar het citaat zegt per jaar' : undefined;
  const quote = [...words.jaar, ...words.totaal].map((w) => `"${w}"`).concat(repeated ? ['één bedrag per jaarkolom'] : []);
  return [{ field: 'per', encodes: String(row.per), quote: quote.join(', ') || '—', flag }];
}

/** A date a row encodes (YYYY-MM-DD, YYYY-MM, YYYY) beside the dates its quote states; "jl." takes the year of the source. */
export function dateLine(row: Row, bronDatum: string | null): AuditLine[] {
  if (!('datum' in row)) return [];
  const datum = text(row.datum);
  const dates = datesInText(text(row.citaat));
  const years = yearsInText(text(row.citaat)).filter((y) => !y.documentName).map((y) => String(y.year));
  const stated = (iso: string) =>
    dates.some((d) => d.iso === iso || (d.iso.startsWith('--') && bronDatum?.startsWith(iso.slice(0, 4)) && iso.slice(4) === d.iso.slice(1))) || (iso.length === 4 && years.includes(iso));
  const flag = !datum ? undefined : stated(datum) ? undefined : bronDatum === datum ? 'datum van de bron, niet in het citaat' : 'datum niet in het citaat';
  return [{ field: 'datum', encodes: datum || '—', quote: quoted(dates.map((d) => d.text)), flag }];
}
