import type { Dataset } from '../load-dataset';
import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';
import { NARRATIVE_KINDS } from './narrative-kinds';
import type { NarrativeKind } from './narrative-kinds';

/** The row a narrative belongs to, and where its front matter says so. */
export interface NarrativeKey {
  kind: NarrativeKind;
  /** Path from the project root, e.g. `content/gemeenten/diemen.mdx`. */
  file: string;
  key: string;
  line: number;
  character?: number;
}

/**
 * One narrative per row: a second narrative for the same decision or gemeente is refused, naming
 * both files (the site used to keep the last one it read, silently). With the dataset, also: the
 * row exists. The build's check of content/ and the site model both call this.
 */
export function narrativeKeyIssues(keys: readonly NarrativeKey[], dataset: Dataset | null): DataIssue[] {
  const issues: DataIssue[] = [];
  const first = new Map<string, NarrativeKey>();
  const existing = new Map<NarrativeKind, Set<unknown>>();
  const exists = (kind: NarrativeKind, key: string) => {
    const { table, keyColumn } = NARRATIVE_KINDS[kind];
    if (!existing.has(kind)) existing.set(kind, new Set((dataset![table] as unknown as Record<string, unknown>[]).map((row) => row[keyColumn])));
    return existing.get(kind)!.has(key);
  };
  for (const key of [...keys].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const { keyField, what, table, keyColumn } = NARRATIVE_KINDS[key.kind];
    const at = { file: key.file, line: key.line, character: key.character, column: keyField, value: key.key };
    const earlier = first.get(`${key.kind}:${key.key}`);
    if (earlier) {
      issues.push({ ...at, rule: 'duplicate-narrative', message: `${quote(key.key)} already has a narrative: ${earlier.file} and ${key.file} are both about this ${what}; keep one file` });
    } else first.set(`${key.kind}:${key.key}`, key);
    if (dataset && !exists(key.kind, key.key)) {
      issues.push({ ...at, rule: 'reference', message: `${quote(key.key)} does not exist in data/${table}.csv (column ${keyColumn})` });
    }
  }
  return issues;
}
