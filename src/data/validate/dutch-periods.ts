import type { EndBound } from '../schemas/vocab';

/** One year a Dutch text mentions, and what the words around it make of it. */
export interface StatedYear {
  year: number;
  /** The words as they stand in the text: "2022-2027", "tot 2027", "1e Burap 2022". */
  text: string;
  /**
   * Part of a document's name ("1e Burap 2022", "Perspectiefnota 2023", "begroting 2024",
   * "decembercirculaire 2021"): that says which document, not to which years an amount applies.
   */
  documentName: boolean;
  /** How the words end a period at this year: "tot en met" (t/m, the end of 2022-2027) or "tot"; null when they do not. */
  bound: EndBound | null;
}

// A year of the POK era, not part of a longer number ("2.932.000") or a code.
const YEAR = /(?<![\d.,/])(20\d\d)(?![\d]|[.,]\d)/g;
// Names of planning-and-control documents and circulars that carry a year: "1e Burap 2022".
const DOCUMENT_WORD =
  /(?:burap|berap|bestuursrapportage|perspectiefnota|kadernota|voorjaarsnota|zomernota|najaarsnota|programmabegroting|begroting|jaarverslag|jaarrekening|jaarstukken|circulaire|nota sociaal domein)\s*$/i;
const INCLUSIVE_BEFORE = /(?:tot\s+en\s+met|t\/m|tm)\s*$/i;
const EXCLUSIVE_BEFORE = /\btot\s*$/i;
// "2022-2027", "2022 – 2027", "2022/2023": the second year closes a range and counts itself.
const RANGE_BEFORE = /(20\d\d)\s*[-–/]\s*$/;

/** Every year a text mentions, with whether it names a document and how it ends a period. */
export function yearsInText(text: string): StatedYear[] {
  const found: StatedYear[] = [];
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const range = RANGE_BEFORE.exec(before);
    // The first year of a range decides whether the whole range is a document's name ("nota sociaal domein 2020-2023").
    const head = range ? text.slice(Math.max(0, match.index - 40 - range[0].length), match.index - range[0].length) : before;
    const documentName = DOCUMENT_WORD.test(head);
    let bound: EndBound | null = null;
    if (range || INCLUSIVE_BEFORE.test(before)) bound = 'tot en met';
    else if (EXCLUSIVE_BEFORE.test(before)) bound = 'tot';
    const words = range ? `${range[0]}${match[0]}` : bound === 'tot' ? `tot ${match[0]}` : match[0];
    found.push({ year: Number(match[1]), text: words.replace(/\s+/g, ' '), documentName, bound });
  }
  return found;
}

/** The years a text states as years of something (not as part of a document's name). */
export function periodYears(text: string): StatedYear[] {
  return yearsInText(text).filter((y) => !y.documentName);
}

/** Lowercase, one space between words, one kind of quote mark: for finding the source's own words in a quote. */
export function looseText(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

// Words that say an amount applies to each year, or to the whole period.
const PER_YEAR_WORDS = /\b(?:per\s+jaar|jaarlijks|structureel|elk\s+jaar|ieder\s+jaar|per\s+kalenderjaar)\b/gi;
const TOTAL_WORDS = /\b(?:in\s+totaal|totaal|eenmalig|incidenteel|voor\s+de\s+periode|over\s+de\s+periode)\b/gi;

/** The words of a text that say whether an amount is per year or one amount in total. */
export function perWords(text: string): { jaar: string[]; totaal: string[] } {
  return { jaar: [...text.matchAll(PER_YEAR_WORDS)].map((m) => m[0]), totaal: [...text.matchAll(TOTAL_WORDS)].map((m) => m[0]) };
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// Some source pages print their date in English ("4 June 2024"): the same months, read the same way.
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNumber = (name: string) => Math.max(MONTHS.indexOf(name.toLowerCase()), MONTHS_EN.indexOf(name.toLowerCase())) + 1;
const DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${[...new Set([...MONTHS, ...MONTHS_EN])].join('|')})(?:\\s+(20\\d\\d))?(?:\\s+(jl\\.))?`, 'gi');

/** A date a text states: "28 mei 2024" → 2024-05-28, "juni 2024" → 2024-06, "4 June 2024", "7 november jl." (year missing). */
export interface StatedDate {
  text: string;
  /** As precise as the words: YYYY-MM-DD, YYYY-MM, or --MM-DD when the year is not written. */
  iso: string;
}

/** Every date a text states with at least a month: "op 15 maart 2022", "in juni 2024", "7 november jl.". */
export function datesInText(text: string): StatedDate[] {
  const dates: StatedDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const [, day, month, year] = m;
    if (!day && !year) continue; // a bare month name ("mei") is not a date
    const mm = String(monthNumber(month)).padStart(2, '0');
    const dd = day ? `-${day.padStart(2, '0')}` : '';
    dates.push({ text: m[0], iso: year ? `${year}-${mm}${dd}` : `--${mm}${dd}` });
  }
  return dates;
}
