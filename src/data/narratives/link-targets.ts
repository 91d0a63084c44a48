import type { CellResult } from '../schemas/cell-rules';
import { checkCodeCharacters, checkHttpsUrl } from '../schemas/cell-rules';
import { quote } from '../validate/issue';

/**
 * Where a link in a narrative may go: a page of this site (`/bronnen/…/`, `#kop`), or a public
 * https:// address by the same rules as a `url` cell in data/ (no `javascript:`, no `http:`, no
 * user name or password, no look-alike host).
 */
export function checkLinkTarget(url: string): CellResult<string> {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//') && !url.includes('\\'))) {
    const characters = checkCodeCharacters(url);
    if (!characters.ok) return characters;
    if (/\s/.test(url)) return { ok: false, rule: 'url', message: `${quote(url)} contains a space` };
    return { ok: true, value: url };
  }
  if (!/^[a-z][a-z\d+.-]*:/i.test(url)) {
    return { ok: false, rule: 'url', message: `${quote(url)} is neither a page of this site (starting with /) nor a web address (starting with https://)` };
  }
  return checkHttpsUrl(url);
}
