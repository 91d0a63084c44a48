import type { DataIssue } from '../validate/issue';

/** Line number (1-based) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Decodes a data file's bytes as UTF-8 without a byte-order mark, with CRLF turned into LF.
 * Returns the text (possibly still usable) and the issues found: an invalid UTF-8 byte means a
 * wrong encoding (a Latin-1 or Windows-1252 export), which makes the text unusable (text: null).
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    issues.push({
      file,
      line: lineAt(lossy, lossy.indexOf('\uFFFD')),
      rule: 'encoding',
      message: 'the file is not valid UTF-8 (first bad byte on this line); save it as UTF-8, not Latin-1 or Windows-1252',
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
