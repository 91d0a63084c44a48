/**
 * Reads public/_headers the way static hosts do: blocks of a path pattern (`*` matches anything,
 * slashes too) and indented `Name: value` lines. Hosts differ in one point, a header named by two
 * matching rules: Cloudflare Pages sends both values joined, Netlify the later rule's value.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export type MergeMode = 'join' | 'later-wins';

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`_headers: cannot read line "${line}"`);
    rules[rules.length - 1].headers.push([match[1], match[2].trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(path);

/** The headers a host sends for a path, each name once (lower case) with its values in rule order. */
export function headersFor(rules: HeaderRule[], path: string, mode: MergeMode): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    const names = new Set(rule.headers.map(([name]) => name.toLowerCase()));
    if (mode === 'later-wins') for (const name of names) out.delete(name);
    for (const [name, value] of rule.headers)
      out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}

/**
 * Whether a browser lets another site show the page in a frame, from the headers alone: any
 * policy's frame-ancestors decides (every policy must allow it), and X-Frame-Options counts only
 * when no policy names frame-ancestors (CSP Level 2, as Chromium, Firefox and Safari do).
 */
export function framableByOtherSites(headers: Map<string, string[]>): boolean {
  const policies = (headers.get('content-security-policy') ?? []).flatMap((value) => value.split(','));
  const ancestors = policies
    .map((policy) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('frame-ancestors')),
    )
    .filter((d) => d !== undefined);
  if (ancestors.length > 0) return ancestors.every((d) => /\s(\*|https:)(\s|$)/.test(d));
  const frameOptions = (headers.get('x-frame-options') ?? []).join(',').toUpperCase();
  return !/DENY|SAMEORIGIN/.test(frameOptions);
}
