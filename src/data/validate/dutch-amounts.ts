import type { Precision } from '../schemas/vocab';

/** One amount a Dutch text states, read as whole euros in every way the text allows. */
export interface StatedAmount {
  /** The words as they stand in the text, e.g. "ruim 5 miljoen" or "48". */
  text: string;
  /** Where the words start and end in the text. */
  start: number;
  end: number;
  /** Euro values this mention can mean: the number itself, and times the table unit when one is stated. */
  values: number[];
  /** Smallest step the mention can express: 1 for "2.932.000", 100.000 for "2,9 miljoen". */
  step: number;
  /** Precision the words around it give: a range, "ruim", "tot maximaal", "zo'n"; null when none. */
  word: Exclude<Precision, 'exact'> | null;
}

// Words that, directly before an amount, say how precise it is. Order matters: "tot maximaal"
// before "maximaal", so the longest phrase is the one reported.
const PRECISION_WORDS: [Exclude<Precision, 'exact' | 'bandbreedte'>, RegExp][] = [
  ['maximaal', /(?:tot\s+(?:een\s+)?maximaal|tot\s+een\s+maximum\s+van|maximaal|hoogstens|ten\s+hoogste|maximum\s+van)\s*$/i],
  ['minimaal', /(?:ruim|minimaal|minstens|ten\s+minste|tenminste|meer\s+dan)\s*$/i],
  ['afgerond', /(?:zo['’]n|circa|ca\.|ongeveer|bijna|rond(?:\s+de)?|ruwweg|pakweg|naar\s+schatting|om\s+en\s+nabij)\s*$/i],
];

const SCALES: [RegExp, number][] = [
  [/^\s*(?:miljard|mld\.?)(?![a-z])/i, 1_000_000_000],
  [/^\s*(?:miljoen|mln\.?)(?![a-z])/i, 1_000_000],
  [/^\s*duizend(?![a-z])/i, 1_000],
];

// "(bedragen in 1.000 euro)", "bedrag x 1.000 euro", "(Bedragen x € 1.000)", "x €1.000": every
// bare number in the quote may be a table cell in thousands.
const TABLE_UNIT = /(?:\bx|×|\bin)\s*(?:€\s*)?1\.000(?![.\d])/i;
const NUMBER = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])/g;
const RANGE_BETWEEN = /^\s*(?:tot|-|–|à)\s*(?:€\s*)?$/i;

interface RawMention {
  start: number;
  end: number;
  digits: string;
  decimals: string;
  scale: number;
  euroSign: boolean;
}

/**
 * Every amount a Dutch text states, in any notation the sources use: "2.932.000", "2932000",
 * "€ 2,9 miljoen", "ruim 5 miljoen", "23 tot 25 miljoen" (the scale word applies to both ends),
 * and a table cell "48" when the text states a unit such as "x € 1.000".
 */
export function amountsInText(text: string): StatedAmount[] {
  const raw: RawMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    let end = start + match[0].length;
    let scale = 1;
    for (const [pattern, factor] of SCALES) {
      const word = pattern.exec(text.slice(end));
      if (word) {
        scale = factor;
        end += word[0].length;
        break;
      }
    }
    raw.push({ start, end, digits: match[1].replace(/\./g, ''), decimals: match[2] ?? '', scale, euroSign: /€\s*$/.test(text.slice(0, start)) });
  }
  // "23 tot 25 miljoen": the first end of a range takes the scale of the second.
  const inRange = new Set<number>();
  for (let i = 0; i + 1 < raw.length; i++) {
    if (!RANGE_BETWEEN.test(text.slice(raw[i].end, raw[i + 1].start))) continue;
    inRange.add(i).add(i + 1);
    if (raw[i].scale === 1 && raw[i + 1].scale > 1) raw[i].scale = raw[i + 1].scale;
  }
  const tableUnit = TABLE_UNIT.test(text);
  return raw.map((m, i) => {
    const base = (Number(m.digits) + (m.decimals ? Number(`0.${m.decimals}`) : 0)) * m.scale;
    const step = m.scale / 10 ** m.decimals.length;
    const values = [Math.round(base)];
    if (tableUnit && m.scale === 1 && !m.euroSign && !m.decimals) values.push(base * 1000);
    const before = text.slice(i > 0 ? raw[i - 1].end : 0, m.start).replace(/€\s*$/, '');
    const word = inRange.has(i) ? 'bandbreedte' : (PRECISION_WORDS.find(([, pattern]) => pattern.test(before))?.[0] ?? null);
    return { text: text.slice(m.start, m.end), start: m.start, end: m.end, values, step: Math.max(1, step), word };
  });
}

/**
 * A bare "2024" is a year, not an amount: quotes state the years of an amount (the period rule)
 * and table headings ("2023 2024 2025"), and a year must never count as a stated amount, not even
 * in thousands under a table unit. "€ 2024" and "2024 euro" stay amounts. The quote checks and
 * the audit leave such mentions out (amountsInText keeps them: a narrative reads its years there).
 */
export function isBareYear(text: string, stated: StatedAmount): boolean {
  return /^20\d\d$/.test(stated.text) && !/€\s*$/.test(text.slice(0, stated.start)) && !/^\s*(?:euro|eur)\b/i.test(text.slice(stated.end));
}

/** The amounts a quote states: every mention but the bare years (isBareYear). */
export function amountsInQuote(text: string): StatedAmount[] {
  return amountsInText(text).filter((stated) => !isBareYear(text, stated));
}

/** How a stated amount agrees with a cell value: exactly, only after rounding, or not at all. */
export function matchAmount(amount: number, stated: StatedAmount): 'exact' | 'rounded' | null {
  if (stated.values.includes(amount)) return 'exact';
  if (stated.step > 1 && stated.values.some((value) => Math.round(amount / stated.step) * stated.step === value)) return 'rounded';
  return null;
}

/** The precision a matching mention gives: its precision word, "afgerond" when it only matches rounded, else exact. */
export function statedPrecision(stated: StatedAmount, match: 'exact' | 'rounded'): Precision {
  return stated.word ?? (match === 'rounded' ? 'afgerond' : 'exact');
}
