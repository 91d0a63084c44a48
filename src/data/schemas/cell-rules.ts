import { describeCodePoint, findHidden } from '../validate/characters';
import type { HiddenCharacter } from '../validate/characters';
import { lookalikeHost } from '../validate/host-names';
import { quote } from '../validate/issue';

/** The outcome of checking one raw CSV cell: a typed value, or the rule it breaks. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; rule: string; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (rule: string, message: string): CellResult<never> => ({ ok: false, rule, message });

/** The rule and message for a character a cell may not hold. */
function hiddenFailure(raw: string, hidden: HiddenCharacter): CellResult<never> {
  const at = `${describeCodePoint(hidden.codePoint)} (character ${hidden.position + 1})`;
  const more = hidden.count > 1 ? `, and ${hidden.count - 1} more such character${hidden.count > 2 ? 's' : ''}` : '';
  switch (hidden.kind) {
    case 'line-break':
      return fail('line-break', `${quote(raw)} contains a line break, ${at}${more}; keep text on one line`);
    case 'control':
      return fail('control-character', `${quote(raw)} contains the control character ${at}${more}; remove it`);
    case 'direction':
      return fail('invisible-character', `${quote(raw)} contains ${at}, an invisible character that changes the direction of the text around it${more}; remove it`);
    default:
      return fail('invisible-character', `${quote(raw)} contains ${at}, an invisible character${more}; remove it`);
  }
}

/**
 * No character that has no job in an id, code, year, date, amount, choice or URL: controls, line
 * breaks, invisible and direction-changing characters. Checked before the cell's own format so
 * the message names the character instead of only calling the value malformed.
 */
export function checkCodeCharacters(raw: string): CellResult<string> {
  const hidden = findHiddenNormalised(raw, 'code');
  return hidden ? hiddenFailure(raw, hidden) : ok(raw);
}

/**
 * A hidden character in the value, or in its NFKC form: compatibility characters (full-width,
 * half-width, small forms) stand for other characters, and what a spreadsheet, a search index or
 * a font makes of them is their NFKC form. The position is the raw value's when it has one.
 */
function findHiddenNormalised(raw: string, where: 'text' | 'code'): HiddenCharacter | undefined {
  const hidden = findHidden(raw, where);
  if (hidden || PRINTABLE_ASCII.test(raw)) return hidden; // NFKC leaves printable ASCII as it is
  const normalised = raw.normalize('NFKC');
  return normalised === raw ? undefined : findHidden(normalised, where);
}

/** The first character as NFKC reads it: a full-width ＝ (U+FF1D) is an =, a small ﹢ (U+FE62) a +. */
function leadingCharacter(raw: string): string {
  const first = String.fromCodePoint(raw.codePointAt(0) ?? 0x20);
  return first.normalize('NFKC').charAt(0);
}

/** Length in characters (code points), as a reader and the data package's maxLength count them. */
export function characterCount(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i += 1) if ((raw.charCodeAt(i) & 0xfc00) !== 0xdc00) count += 1;
  return count;
}

/** At most `max` characters: the limit a column's schema states (see fields.ts, LENGTH). */
export function checkLength(raw: string, max: number): CellResult<string> {
  const length = raw.length > max ? characterCount(raw) : raw.length;
  if (length > max) return fail('max-length', `${quote(raw)} is ${length} characters long; this column allows at most ${max}`);
  return ok(raw);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A tag, an entity or a character reference: HTML, not plain text. */
const HTML = /<\/?[a-zA-Z!?]|&[a-zA-Z]+;|&#x?[\da-fA-F]+;/;

/**
 * Plain text, one line, safe to open in a spreadsheet: no surrounding spaces, no HTML, no line
 * breaks (also NEL, U+2028 and U+2029), no control characters (C0, DEL, C1), no invisible or
 * direction-changing characters, and no leading `= + - @`, tab or CR (which spreadsheets run
 * as formulas). Formula, HTML and hidden characters are judged on the NFKC form as well, so a
 * full-width ＝ or ＜ counts as the character it stands for.
 */
export function checkText(raw: string): CellResult<string> {
  if (/^[ \t]|[ \t]$/.test(raw)) return fail('whitespace', `${quote(raw)} has spaces or tabs at the start or end`);
  const hidden = findHiddenNormalised(raw, 'text');
  if (hidden) return hiddenFailure(raw, hidden);
  // Other spaces (a no-break space, an em space) at either end: shown escaped in the message.
  if (raw !== raw.trim()) return fail('whitespace', `${quote(raw)} has a space at the start or end`);
  const lead = leadingCharacter(raw);
  if (/^[=+\-@]/.test(lead)) {
    const lookalike = lead === raw[0] ? '' : ` (${describeCodePoint(raw.codePointAt(0)!)}, read as ${quote(lead)})`;
    return fail('formula', `${quote(raw)} starts with ${quote(String.fromCodePoint(raw.codePointAt(0)!))}${lookalike}, which spreadsheets run as a formula; rephrase it`);
  }
  if (HTML.test(raw) || (!PRINTABLE_ASCII.test(raw) && HTML.test(raw.normalize('NFKC')))) return fail('plain-text', `${quote(raw)} contains HTML; write plain text`);
  return ok(raw);
}

/** Whole euros, not negative, written as digits only (`2932000`). */
export function checkEuros(raw: string): CellResult<number> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
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
  if (euros.ok || !['whole-euros', 'negative-amount'].includes(euros.rule)) return euros;
  return fail('whole-number', `${quote(raw)} is not a whole number`);
}

/** A year written as four digits within [min, max]. */
export function checkYear(raw: string, min: number, max: number): CellResult<number> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
  if (!/^\d{4}$/.test(raw)) return fail('year', `${quote(raw)} is not a year (four digits, e.g. 2024)`);
  const year = Number(raw);
  if (year < min || year > max) return fail('year-range', `${quote(raw)} is outside the years ${min}-${max}`);
  return ok(year);
}

/**
 * A public web address: https only, so no `javascript:` or plain `http:` reaches a link; no user
 * name or password in it; a host written in plain ASCII (an internationalised one in its `xn--`
 * form) that is no look-alike of another name; nothing invisible anywhere in it.
 */
export function checkHttpsUrl(raw: string): CellResult<string> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
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
  const authority = raw.slice('https://'.length).split(/[/?#\\]/)[0];
  if (authority.includes('@')) {
    return fail('url-credentials', `${quote(raw)} contains a user name or password (the part before @); link to the document without them`);
  }
  const foreign = /[^\x21-\x7e]/u.exec(authority);
  if (foreign) {
    return fail(
      'url-host',
      `${quote(raw)} has ${describeCodePoint(foreign[0].codePointAt(0)!)} in its host name; write the host in plain letters, an internationalised one as the browser shows it in its xn-- form (${url.hostname})`,
    );
  }
  const lookalike = lookalikeHost(url.hostname);
  if (lookalike) return fail('url-host', `${quote(raw)}: ${lookalike}; check where the link really goes`);
  return ok(raw);
}

/** A readable, URL-safe id: lowercase letters, digits and single hyphens. */
export function checkId(raw: string): CellResult<string> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw)) {
    return fail('id-format', `${quote(raw)} is not a valid id: use lowercase letters, digits and single hyphens`);
  }
  return ok(raw);
}

/** A CBS gemeente code such as GM0362. */
export function checkCbsCode(raw: string): CellResult<string> {
  const chars = checkCodeCharacters(raw);
  if (!chars.ok) return chars;
  if (!/^GM\d{4}$/.test(raw)) return fail('cbs-code', `${quote(raw)} is not a CBS gemeente code like GM0362`);
  return ok(raw);
}
