/**
 * Where whitespace follows a closing quote before the next comma or line end (`"…, 2021" ,`).
 * Papa drops it without a word; csvlint calls it an error, and so do we: the writer meant the
 * space to belong somewhere, inside the quotes or not at all. As in Papa, a quote opens a quoted
 * cell only as the cell's first character; elsewhere it is a plain character.
 */
export function spacesAfterClosingQuotes(text: string): { offset: number; field: number; spaces: string }[] {
  const found: { offset: number; field: number; spaces: string }[] = [];
  const special = /[",\n]/g;
  let field = 0;
  let fieldStart = 0;
  for (let match = special.exec(text); match !== null; match = special.exec(text)) {
    const at = match.index;
    if (match[0] !== '"') {
      field = match[0] === '\n' ? 0 : field + 1;
      fieldStart = at + 1;
      continue;
    }
    if (at !== fieldStart) continue; // a quote inside an unquoted cell is a plain character
    let close = at + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close === -1) return found; // unclosed: Papa reports it
      if (text.charCodeAt(close + 1) !== 0x22) break;
      close += 2; // "" is one quote inside the cell
    }
    let end = close + 1;
    while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end].trim() === '') end += 1;
    if (end > close + 1 && (end === text.length || text[end] === ',' || text[end] === '\n')) {
      found.push({ offset: close + 1, field, spaces: text.slice(close + 1, end) });
    }
    special.lastIndex = end;
    fieldStart = -1; // the rest of this cell is not its start
  }
  return found;
}
