/** Joins Dutch list items: "a", "a en b", "a, b en c". */
export function joinNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
