/**
 * A name or query in plain form for matching: no accents, no apostrophes (' ’ ‘), any run of
 * other characters (hyphens, non-breaking hyphens, spaces, brackets, dots) one space, lower case.
 * "'s-Hertogenbosch", "’s‑Hertogenbosch" and "s hertogenbosch" are one name; "Súdwest-Fryslân"
 * is "sudwest fryslan".
 */
export function plainName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
