import { describeCodePoint } from './characters';

/**
 * Look-alike host names: `exаmple.org` with a Cyrillic `а` is another site than `example.org`
 * but reads the same. The URL parser turns such a host into its `xn--` form (IDNA), so the check
 * runs on the decoded labels: each label must be written in one script (Latin, or Cyrillic, ...),
 * as Unicode's "highly restrictive" profile asks (UTS #39, section 5.2), and a label wholly in
 * Cyrillic or Greek must not consist only of letters that look like Latin ones.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z are 0-25
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return BASE;
}

/** Decodes the part after `xn--` of a label (RFC 3492); null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j += 1) {
    if (input.charCodeAt(j) >= 0x80) return null;
    output.push(input.charCodeAt(j));
  }
  let n = 0x80;
  let i = 0;
  let bias = 72;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(w)) return null;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  try {
    return String.fromCodePoint(...output);
  } catch {
    return null;
  }
}

// Scripts a host label can be written in; a letter of any other script counts as "other".
const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Hangul', /\p{Script=Hangul}/u],
];
// Mixes the highly restrictive profile allows: Japanese, Chinese and Korean writing, with Latin.
const ALLOWED_MIXES = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];
// Cyrillic and Greek letters that look like Latin ones (from Unicode's confusables.txt): a label
// of only these reads as a Latin name.
const LATIN_LOOKALIKES =
  /^[\u0430\u0441\u0501\u0435\u04BB\u0456\u0458\u043A\u04CF\u043E\u0440\u051B\u0455\u0443\u051D\u0445\u04AF\u0475\u0461\u03B1\u03B5\u03B9\u03BA\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7\u03F2\u03F3\d-]+$/u;

function scriptOf(char: string): string | null {
  if (!/[\p{L}\p{N}\p{M}]/u.test(char) || /\p{Script=Common}|\p{Script=Inherited}/u.test(char)) return null;
  for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) return name;
  return 'other';
}

/**
 * Why a URL's host (as the URL parser gives it: lowercase, `xn--` for non-ASCII labels) may be a
 * look-alike, or null when it reads as what it is.
 */
export function lookalikeHost(hostname: string): string | null {
  for (const label of hostname.split('.')) {
    if (!label.startsWith('xn--')) continue;
    const decoded = decodePunycode(label.slice(4));
    // A label decodes to letters, marks, digits and hyphens only; anything else (a control, a
    // dot look-alike) was never a name a registry hands out.
    if (decoded === null || !/^[\p{L}\p{M}\p{N}-]+$/u.test(decoded)) return `the host label ${label} is not a valid internationalised name`;
    const scripts = new Map<string, string>();
    for (const char of decoded) {
      const script = scriptOf(char);
      if (script !== null && !scripts.has(script)) scripts.set(script, char);
    }
    const used = [...scripts.keys()];
    if (used.length > 1 && !ALLOWED_MIXES.some((mix) => used.every((script) => mix.has(script)))) {
      const shown = used.map((script) => `${script} (${describeCodePoint(scripts.get(script)!.codePointAt(0)!)})`).join(' and ');
      return `the host label ${label} reads "${decoded}" and mixes the scripts ${shown}, a look-alike of another name`;
    }
    if ((used[0] === 'Cyrillic' || used[0] === 'Greek') && LATIN_LOOKALIKES.test(decoded)) {
      return `the host label ${label} reads "${decoded}", written in ${used[0]} letters that look like Latin ones, a look-alike of another name`;
    }
  }
  return null;
}
