import { load, YAMLException } from 'js-yaml';
import type { DataIssue } from '../validate/issue';

/** A front-matter field: its value as YAML reads it (as Astro will), and where it is written. */
export interface FrontMatterField {
  value: unknown;
  line: number;
  /** Character where the value's text starts (after an opening quote), 1-based. */
  character: number;
}

export interface FrontMatter {
  fields: Map<string, FrontMatterField>;
  /** Where the body starts (after the closing `---` line); 0 when the front matter is unusable. */
  bodyStart: number;
  issues: DataIssue[];
}

const FIELD_LINE = /^([A-Za-z_][\w-]*):(?:([ \t]+)(.*))?$/;
const LAYOUT = 'a line ---, the fields (one per line, as name: value), and a line ---';

/**
 * Reads a narrative's front matter as Astro does (YAML between two `---` lines at the very start,
 * read with js-yaml, the parser Astro uses), and insists on the plain form a narrative needs: one
 * `name: value` per line, so every field has a line to point at, and nothing YAML can hide in a
 * nested value, a list, an anchor or a comment.
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const fields = new Map<string, FrontMatterField>();
  const fail = (issues: DataIssue[]): FrontMatter => ({ fields, bodyStart: 0, issues });
  const at = (line: number, message: string): DataIssue => ({ file, line, rule: 'front-matter', message });
  if (!text.startsWith('---\n')) return fail([at(1, `the file does not start with front matter: ${LAYOUT}`)]);
  const close = /^---[ \t]*$/m.exec(text.slice(4));
  if (!close) return fail([at(1, `the front matter that starts here is never closed: ${LAYOUT}`)]);
  const block = text.slice(4, 4 + close.index);
  const issues: DataIssue[] = [];
  const written = new Map<string, { line: number; character: number }>();
  block.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    const match = FIELD_LINE.exec(content);
    const value = match?.[3] ?? '';
    if (!match || /^[|>&*![{]/.test(value) || /\s#/.test(value)) {
      issues.push(at(index + 2, 'write each field on one line as name: value, the value as plain text or in double quotes (no list, nested field, block, anchor or comment)'));
      return;
    }
    // The character where the text starts: after "name: ", and after an opening quote.
    const quoted = /^["']/.test(value) ? 1 : 0;
    written.set(match[1], { line: index + 2, character: match[1].length + 2 + (match[2]?.length ?? 0) + quoted });
  });
  let data: unknown;
  try {
    data = load(block) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return fail([...issues, at(error.mark.line + 2, `the front matter is not valid YAML: ${error.reason}`)]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) return fail([...issues, at(2, `the front matter is not a list of fields: ${LAYOUT}`)]);
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) fields.set(name, { value, ...(written.get(name) ?? { line: 2, character: 1 }) });
  return { fields, bodyStart: Math.min(4 + close.index + close[0].length + 1, text.length), issues };
}
