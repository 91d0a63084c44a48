// Types of the part of the punycode package the site uses (it ships none).
declare module 'punycode/punycode.es6.js' {
  /** Decodes a Punycode string (no `xn--` prefix) to Unicode; throws a RangeError on invalid input. */
  export function decode(input: string): string;
}
