import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';

/**
 * Line numbers of many offsets in one text: counts on from the previous offset when the offsets
 * come in order (as a parser's errors do), so a file with thousands of issues is read once.
 */
export function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset; // a newline at `offset` itself is counted by the next call
    return line;
  };
}

/** Line number (1-based) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode Table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when there is none.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k += 1) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}

/** The invalid byte's line (1-based) and that line's bytes as Windows-1252 would show them. */
function describeBadByte(bytes: Uint8Array, offset: number): { line: number; shown: string; invalid: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line += 1;
    start = i + 1;
  }
  const end = bytes.indexOf(0x0a, offset);
  const lineBytes = bytes.subarray(start, end === -1 ? bytes.length : end);
  const shown = new TextDecoder('windows-1252').decode(lineBytes).replace(/\r$/, '');
  let invalid = 0;
  for (let i = offset; i !== -1 && i < bytes.length; ) {
    invalid += 1;
    const next = firstInvalidByte(bytes.subarray(i + 1));
    i = next === -1 ? -1 : i + 1 + next;
  }
  return { line, shown, invalid };
}

/**
 * Decodes a data file's bytes as UTF-8 without a byte-order mark, with CRLF turned into LF.
 * Returns the text (possibly still usable) and the issues found: an invalid UTF-8 byte means a
 * wrong encoding (a Latin-1 or Windows-1252 export), which makes the text unusable (text: null).
 * The issue names the line of the first invalid byte (a U+FFFD already in the text is no error).
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const { line, shown, invalid } = describeBadByte(bytes, offset);
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    issues.push({
      file,
      line,
      rule: 'encoding',
      message:
        `the file is not valid UTF-8: byte 0x${byte} on this line is not (${invalid === 1 ? 'the only such byte' : `the first of ${invalid} such bytes`}). ` +
        `It was probably saved as Latin-1 or Windows-1252, where this line reads ${quote(shown)}; save it as UTF-8. ` +
        'Until then none of its rows can be read, and rows of other files that refer to them are not checked',
    });
    return { text: null, issues };
  }
  if (text.startsWith('\uFEFF')) {
    issues.push({
      file,
      line: 1,
      rule: 'bom',
      message: 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    });
    text = text.slice(1);
  }
  return { text: text.replace(/\r\n/g, '\n'), issues };
}
