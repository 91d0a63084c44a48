import { describeCodePoint, findHidden } from '../validate/characters';
import { quote } from '../validate/issue';

/** A character in a narrative that a reader cannot see: the rule it breaks, what it is, where. */
export interface ProseHidden {
  rule: string;
  message: string;
  /** Position in the text, 0-based, in UTF-16 units (as the parser counts columns). */
  index: number;
}

/** The rule a hidden character breaks, and what it is called: as for a text cell of data/. */
function describe(line: string): { rule: string; what: string; index: number } | null {
  const hidden = findHidden(line, 'text');
  if (!hidden) return null;
  // findHidden counts code points; columns count UTF-16 units.
  const index = [...line].slice(0, hidden.position).join('').length;
  const name = describeCodePoint(hidden.codePoint);
  if (hidden.kind === 'control') return { rule: 'control-character', index, what: `the control character ${name}` };
  if (hidden.kind === 'line-break') return { rule: 'line-break', index, what: `${name}, a line break editors do not show` };
  if (hidden.kind === 'direction') return { rule: 'invisible-character', index, what: `${name}, an invisible character that changes the direction of the text around it` };
  return { rule: 'invisible-character', index, what: `${name}, an invisible character` };
}

/**
 * The first character of a line of a narrative that a reader cannot see or that reorders the
 * text around it: the characters a text cell of data/ may not hold (the line break that ends the
 * line is not part of it).
 */
export function hiddenInLine(line: string): ProseHidden | null {
  const found = describe(line);
  return found && { rule: found.rule, index: found.index, message: `${quote(line)} holds ${found.what}; remove it` };
}

/** The named entities that stand for an invisible character. */
const NAMED: Record<string, string> = { '&lrm;': '\u200E', '&rlm;': '\u200F', '&zwnj;': '\u200C', '&zwj;': '\u200D', '&shy;': '\u00AD' };

/**
 * A hidden character written as a character reference (`&#x202E;`, `&#8238;`, `&rlm;`) in a text
 * node: the parser decodes it, so it reaches the page although the file shows no such character.
 * `written` is the node's source; the result says where in it the reference starts.
 */
export function hiddenInProse(value: string, written: string): (ProseHidden & { offsetInSource: number }) | null {
  if (!written.includes('&') || !describe(value.replace(/\n/g, ' '))) return null;
  for (const match of written.matchAll(/&(?:#x([\da-f]+)|#(\d+)|[a-z][a-z\d]*);/gi)) {
    const code = match[1] ?? match[2];
    const decoded = code ? String.fromCodePoint(parseInt(code, match[1] ? 16 : 10)) : NAMED[match[0].toLowerCase()];
    const found = decoded ? describe(decoded) : null;
    if (found) return { rule: found.rule, index: 0, offsetInSource: match.index, message: `${quote(match[0])} writes ${found.what}; remove it` };
  }
  return null;
}
