/**
 * Where a long address or file name may break: after a slash (and before a query) for an address,
 * between the parts of a file name. The page puts a <wbr> after each part, so a line breaks there
 * and not mid-word (issue 22: "/bronnen/..." was 409 px wide on a 360 px screen, and file names on
 * /data/ broke inside a word).
 */
export function breakParts(text: string, kind: 'url' | 'file'): string[] {
  const after = kind === 'url' ? /(?<=\/)(?!\/)|(?=[?&#])/ : /(?<=[-_./])/;
  return text.split(after).filter((part) => part.length > 0);
}
