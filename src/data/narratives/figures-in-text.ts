import { amountsInText } from '../validate/dutch-amounts';
import type { StatedAmount } from '../validate/dutch-amounts';

/**
 * The figures a Dutch text states: amounts, dates, months and years, each with where it stands.
 * A narrative may state only figures its data rows hold (check-figures.ts); the rows' own text is
 * read the same way, so "28 mei 2024" in a narrative matches "28 mei 2024" in a quote as well as
 * the date 2024-05-28 in a cell.
 */
export type Figure =
  | { kind: 'amount'; text: string; start: number; amount: StatedAmount }
  | { kind: 'date'; text: string; start: number; iso: string }
  | { kind: 'month'; text: string; start: number; iso: string }
  | { kind: 'year'; text: string; start: number; year: number };

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '((?:19|20)\\d{2})';
const pad = (n: number | string) => String(n).padStart(2, '0');

/** Dates in the forms the sources and the narratives write, most specific first. */
const DATE_FORMS: { named: boolean; pattern: RegExp; read: (m: RegExpExecArray) => Figure }[] = [
  // "28 mei 2024"
  {
    named: true,
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+${MONTH}\\s+${YEAR}(?!\\d)`, 'giu'),
    read: (m) => ({ kind: 'date', text: m[0], start: m.index, iso: `${m[3]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(m[1])}` }),
  },
  // "2024-05-28"
  { named: false, pattern: /(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(\d{2})(?![\d-])/g, read: (m) => ({ kind: 'date', text: m[0], start: m.index, iso: m[0] }) },
  // "28-5-2024"
  {
    named: false,
    pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])/g,
    read: (m) => ({ kind: 'date', text: m[0], start: m.index, iso: `${m[3]}-${pad(m[2])}-${pad(m[1])}` }),
  },
  // "mei 2024"
  {
    named: true,
    pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+${YEAR}(?!\\d)`, 'giu'),
    read: (m) => ({ kind: 'month', text: m[0], start: m.index, iso: `${m[2]}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}` }),
  },
  // "2024-05"
  { named: false, pattern: /(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d-])/g, read: (m) => ({ kind: 'month', text: m[0], start: m.index, iso: m[0] }) },
];

/**
 * A number is an amount when a euro sign or word goes with it, or a scale word ("2,9 miljoen"),
 * or when it is written as only an amount is: with thousands separators, or five digits or more.
 * Other numbers ("drie redenen", "12 dagen", "2,5 procent") are counts, not amounts.
 */
function isAmount(text: string, mention: StatedAmount): boolean {
  if (/€\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return true;
  if (/^\s*(?:euro|eur)(?![a-z])/i.test(text.slice(mention.end))) return true;
  return /miljoen|miljard|mln|mld|duizend/i.test(mention.text) || /^\d{1,3}(?:\.\d{3})+$/.test(mention.text) || /^\d{5,}$/.test(mention.text);
}

// Cheap tests before the date forms: a written date needs a month name, a numeric one a hyphen.
const ANY_MONTH = new RegExp(MONTHS.join('|'), 'i');

/** Every figure in the text, in order. Dates are read first; a number inside one is no year. */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  if (!/\d/.test(text)) return figures;
  let rest = text;
  const forms = DATE_FORMS.filter(({ named }) => (named ? ANY_MONTH.test(text) : text.includes('-')));
  const take = (figure: Figure) => {
    figures.push(figure);
    // Blank what was read so a later, less specific form does not read it again.
    rest = rest.slice(0, figure.start) + ' '.repeat(figure.text.length) + rest.slice(figure.start + figure.text.length);
  };
  for (const { pattern, read } of forms) {
    for (const match of [...rest.matchAll(pattern)]) {
      if (match[0].trim() !== '' && rest.slice(match.index, match.index + match[0].length) === match[0]) take(read(match as RegExpExecArray));
    }
  }
  for (const mention of amountsInText(rest)) {
    if (isAmount(rest, mention)) figures.push({ kind: 'amount', text: mention.text, start: mention.start, amount: mention });
    else if (/^(?:19|20)\d{2}$/.test(mention.text)) figures.push({ kind: 'year', text: mention.text, start: mention.start, year: Number(mention.text) });
  }
  return figures.sort((a, b) => a.start - b.start);
}
