import { quote } from '../validate/issue';

/** The outcome of checking one raw CSV cell: a typed value, or the rule it breaks. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; rule: string; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (rule: string, message: string): CellResult<never> => ({ ok: false, rule, message });

/**
 * Plain text, one line, safe to open in a spreadsheet: no surrounding spaces, no HTML, no line
 * breaks, and no leading `= + - @`, tab or CR (which spreadsheets run as formulas).
 */
export function checkText(raw: string): CellResult<string> {
  if (raw !== raw.trim()) return fail('whitespace', `${quote(raw)} has spaces or tabs at the start or end`);
  if (/^[=+\-@\t\r]/.test(raw)) {
    return fail('formula', `${quote(raw)} starts with ${quote(raw[0])}, which spreadsheets run as a formula; rephrase it`);
  }
  if (/[\r\n]/.test(raw)) return fail('line-break', `${quote(raw)} contains a line break; keep text on one line`);
  if (/<\/?[a-zA-Z!?]|&[a-zA-Z]+;|&#x?[\da-fA-F]+;/.test(raw)) return fail('plain-text', `${quote(raw)} contains HTML; write plain text`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(raw)) return fail('plain-text', `${quote(raw)} contains a control character`);
  return ok(raw);
}

/** Whole euros, not negative, written as digits only (`2932000`). */
export function checkEuros(raw: string): CellResult<number> {
  if (/^\d+$/.test(raw)) {
    if (raw.length > 1 && raw.startsWith('0')) return fail('whole-euros', `${quote(raw)} has a leading zero; write the number without it`);
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) return fail('whole-euros', `${quote(raw)} is too large`);
    return ok(value);
  }
  if (/^-\s*[\d.,]+$/.test(raw)) {
    return fail('negative-amount', `${quote(raw)} is negative; amounts are never negative (a shift between years goes in verschuivingen.csv)`);
  }
  if (/[€$]|eur/i.test(raw)) return fail('whole-euros', `${quote(raw)} contains a currency sign; write digits only, e.g. 1000`);
  if (/^\d{1,3}(\.\d{3})+$/.test(raw)) return fail('whole-euros', `${quote(raw)} uses a thousands separator; write digits only, e.g. ${raw.replace(/\./g, '')}`);
  return fail('whole-euros', `${quote(raw)} is not a whole number of euros`);
}

/** A positive whole count (inhabitants). */
export function checkCount(raw: string): CellResult<number> {
  const euros = checkEuros(raw);
  if (euros.ok) return euros;
  return fail('whole-number', `${quote(raw)} is not a whole number`);
}

/** A year written as four digits within [min, max]. */
export function checkYear(raw: string, min: number, max: number): CellResult<number> {
  if (!/^\d{4}$/.test(raw)) return fail('year', `${quote(raw)} is not a year (four digits, e.g. 2024)`);
  const year = Number(raw);
  if (year < min || year > max) return fail('year-range', `${quote(raw)} is outside the years ${min}-${max}`);
  return ok(year);
}

/** True when year, month and day form a real calendar date. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date `YYYY-MM-DD` that exists on the calendar. */
export function checkDate(raw: string): CellResult<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return fail('date', `${quote(raw)} is not a date written as YYYY-MM-DD`);
  if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return fail('date', `${quote(raw)} is not a real calendar date`);
  }
  return ok(raw);
}

/** A date as precise as the source allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function checkPartialDate(raw: string): CellResult<string> {
  if (/^\d{4}$/.test(raw)) return ok(raw);
  const month = /^(\d{4})-(\d{2})$/.exec(raw);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? ok(raw) : fail('date', `${quote(raw)} has no month ${month[2]}`);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return checkDate(raw);
  return fail('date', `${quote(raw)} is not a date written as YYYY-MM-DD, YYYY-MM or YYYY`);
}

/** A public web address: https only, so no `javascript:` or plain `http:` reaches a link. */
export function checkHttpsUrl(raw: string): CellResult<string> {
  const text = checkText(raw);
  if (!text.ok) return text;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('url', `${quote(raw)} is not a web address`);
  }
  if (url.protocol !== 'https:') return fail('url-scheme', `${quote(raw)} must start with https:// (found ${url.protocol})`);
  if (!raw.startsWith('https://') || !url.hostname) return fail('url', `${quote(raw)} must start with https:// followed by a host name`);
  if (/\s/.test(raw)) return fail('url', `${quote(raw)} contains a space`);
  return ok(raw);
}

/** A readable, URL-safe id: lowercase letters, digits and single hyphens. */
export function checkId(raw: string): CellResult<string> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw)) {
    return fail('id-format', `${quote(raw)} is not a valid id: use lowercase letters, digits and single hyphens`);
  }
  return ok(raw);
}

/** A CBS gemeente code such as GM0362. */
export function checkCbsCode(raw: string): CellResult<string> {
  if (!/^GM\d{4}$/.test(raw)) return fail('cbs-code', `${quote(raw)} is not a CBS gemeente code like GM0362`);
  return ok(raw);
}

/** One of a fixed list of values. */
export function checkEnum<T extends string>(raw: string, allowed: readonly T[]): CellResult<T> {
  if ((allowed as readonly string[]).includes(raw)) return ok(raw as T);
  return fail('enum', `${quote(raw)} is not allowed; use one of: ${allowed.join(', ')}`);
}
