// The file itself, not 'punycode': that name is also Node's deprecated built-in module.
import { decode } from 'punycode/punycode.es6.js';
import { describeCodePoint } from './characters';

/**
 * Look-alike host names: `exаmple.org` with a Cyrillic `а` is another site than `example.org`
 * but reads the same. The URL parser turns such a host into its `xn--` form (IDNA), so the check
 * runs on the decoded labels: each label must be written in one script (Latin, or Cyrillic, ...),
 * as Unicode's "highly restrictive" profile asks (UTS #39, section 5.2), and a label wholly in
 * Cyrillic or Greek must not consist only of letters that look like Latin ones.
 */

/** A label's `xn--` part decoded (RFC 3492, the punycode package), or null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  try {
    return decode(input);
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
