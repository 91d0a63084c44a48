import { CODE_POINT_NAMES } from './code-point-names';

/**
 * Characters a reader cannot see or that change how the text around them is shown, grouped by
 * what they do. Text cells are published verbatim in HTML, CSV and JSON, so a character that is
 * invisible on the page still changes a name, breaks a match or reorders what is displayed
 * (a right-to-left override makes "fdp.exe" read "exe.pdf": CVE-2021-42574, "Trojan Source").
 */
export type HiddenKind = 'line-break' | 'control' | 'direction' | 'invisible';

// Unicode's mandatory line breaks (UAX #14 classes BK, CR, LF, NL): each ends a line somewhere.
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
// Every character free text may not hold: controls (C0, DEL, C1), line and paragraph separators,
// the bidirectional controls, and everything Unicode marks as ignorable (drawn as nothing),
// plus noncharacters and the interlinear annotation controls that hide the text between them.
const HIDDEN_IN_TEXT =
  /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\uFFF9-\uFFFB]/u;
// Ignorable characters with a job in ordinary text: the soft hyphen (a hyphenation hint copied
// from web pages and PDFs), the joiners and the variation selectors (emoji and CJK forms).
const HARMLESS_IN_TEXT = /[\u00AD\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
// In ids, codes, slugs, years, dates, amounts, enums and URLs nothing invisible has a job: also
// those harmless in text, and every format character (Unicode category Cf).
const HIDDEN_IN_CODE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;
// What a message shows escaped: all of the above, spaces that look like a plain space, private-use
// and unassigned code points, and lone surrogates (which no file can hold but a string can).
const SHOWN_ESCAPED =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{Co}\p{Cn}\p{Cs}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000"\\]/gu;

// Printable ASCII, Latin-1 letters and signs (not the soft hyphen U+00AD), Latin Extended, and
// the general punctuation from the hyphen U+2010 to U+2027 plus the currency signs: none hidden.
const PLAINLY_VISIBLE = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

/** A hidden character found in a value, where it is (0-based, in code points) and what it does. */
export interface HiddenCharacter {
  codePoint: number;
  /** Position among the value's characters (code points), 0-based. */
  position: number;
  kind: HiddenKind;
  /** How many hidden characters the value holds in all. */
  count: number;
}

/** Classifies one code point the patterns above matched. */
function kindOf(codePoint: number): HiddenKind {
  const char = String.fromCodePoint(codePoint);
  if (LINE_BREAK.test(char)) return 'line-break';
  if (/\p{Cc}/u.test(char)) return 'control';
  if (/\p{Bidi_Control}/u.test(char)) return 'direction';
  return 'invisible';
}

/**
 * The first character of `value` that it may not hold: in free text (`text`) or in an id, code or
 * URL (`code`, stricter). Undefined when there is none. Fast on the common case: one regex test.
 */
export function findHidden(value: string, where: 'text' | 'code'): HiddenCharacter | undefined {
  // Nearly every cell is printable ASCII, Latin letters and common punctuation; a plain range
  // test clears those several times faster than the property classes below.
  if (PLAINLY_VISIBLE.test(value)) return undefined;
  const pattern = where === 'text' ? HIDDEN_IN_TEXT : HIDDEN_IN_CODE;
  if (!pattern.test(value)) return undefined;
  let first: HiddenCharacter | undefined;
  let count = 0;
  let position = 0;
  for (const char of value) {
    if (pattern.test(char) && !(where === 'text' && HARMLESS_IN_TEXT.test(char))) {
      count += 1;
      first ??= { codePoint: char.codePointAt(0)!, position, kind: kindOf(char.codePointAt(0)!), count: 0 };
    }
    position += 1;
  }
  return first && { ...first, count };
}

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');

/** The Unicode name of a code point the validator names, a description of its kind, or null. */
export function codePointName(codePoint: number): string | null {
  const named = CODE_POINT_NAMES.get(codePoint);
  if (named) return named;
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) return `TAG ${JSON.stringify(String.fromCharCode(codePoint - 0xe0000))}`;
  if (codePoint >= 0x13430 && codePoint <= 0x1343f) return 'EGYPTIAN HIEROGLYPH FORMAT CONTROL';
  const char = String.fromCodePoint(codePoint);
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return 'NONCHARACTER';
  if (/\p{Co}/u.test(char)) return 'PRIVATE USE CHARACTER';
  if (/\p{Cn}/u.test(char)) return 'UNASSIGNED CODE POINT';
  return null;
}

/**
 * How a message names a code point: `U+202E RIGHT-TO-LEFT OVERRIDE`, or for a visible character
 * without a listed name the character itself, `U+0430 "а"`.
 */
export function describeCodePoint(codePoint: number): string {
  const name = codePointName(codePoint);
  return `U+${hex(codePoint)} ${name ?? `"${escapeHidden(String.fromCodePoint(codePoint))}"`}`;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The value with every character a reader cannot tell apart written as a JSON escape (`\n`,
 * `\u202E`), so it is always one printable line. As `json` (the default) `"` and `\` are escaped
 * too, so that `"` + result + `"` is a JSON string literal of the exact value; as `line` they stay
 * (for a message that already holds quoted values).
 */
export function escapeHidden(value: string, form: 'json' | 'line' = 'json'): string {
  return value.replace(SHOWN_ESCAPED, (char) => {
    if (char === '"' || char === '\\') return form === 'json' ? ESCAPES[char] : char;
    if (ESCAPES[char]) return ESCAPES[char];
    let out = '';
    for (let i = 0; i < char.length; i += 1) out += `\\u${hex(char.charCodeAt(i))}`;
    return out;
  });
}
