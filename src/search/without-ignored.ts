/**
 * The page without the elements it marks `data-pagefind-ignore` (figure tools, chart drawings,
 * chart tables, the cite box). Pagefind leaves their text out of the index anyway; removing them
 * before the page is handed over means Pagefind neither receives nor parses them, which at
 * national scale is half of every gemeente page's HTML. Elements marked `="all"` go too; none of
 * them holds a Pagefind filter or meta tag (a test checks the index is the same).
 */
const OPENING = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;

/** Where the element that opens at `start` (a `<name ...>` tag ending at `afterOpen`) ends, counting nested elements of the same name. */
function elementEnd(html: string, name: string, afterOpen: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = afterOpen;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth -= 1;
    else if (!match[0].endsWith('/>')) depth += 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return html.length;
}

export function withoutIgnored(html: string): string {
  let result = '';
  let from = 0;
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(html); match; match = OPENING.exec(html)) {
    const end = match[0].endsWith('/>')
      ? match.index + match[0].length
      : elementEnd(html, match[1], match.index + match[0].length);
    result += html.slice(from, match.index);
    from = end;
    OPENING.lastIndex = end;
  }
  return result + html.slice(from);
}
