const LIST = new Intl.ListFormat('nl', { type: 'conjunction' });

/** A Dutch list in words: "a", "a en b", "a, b en c" (Intl.ListFormat, so no rule of our own). */
export function joinNl(items: string[]): string {
  return LIST.format(items);
}
