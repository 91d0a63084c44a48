import type { z } from 'zod';
import type { Dataset } from '../load-dataset';
import { decodeText } from '../csv/decode-text';
import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';
import { ruleOfIssue } from '../schemas/zod-cells';
import { NARRATIVE_KINDS } from './narrative-kinds';
import type { NarrativeFile, NarrativeKind } from './narrative-kinds';
import { readFrontMatter } from './front-matter';
import type { FrontMatter } from './front-matter';
import { checkMarkup } from './check-markup';
import type { ComponentReference, MdNode } from './check-markup';
import { hiddenInLine } from './prose-characters';
import { NARRATIVE_COMPONENTS } from './narrative-components';
import { figuresOfGroup, indexRows, rowGroupsOfNarrative } from './data-figures';
import type { RowGroup, RowIndex, Tier } from './data-figures';
import { checkFigures } from './check-figures';
import { narrativeKeyIssues } from './narrative-keys';
import type { NarrativeKey } from './narrative-keys';

/** What the data-independent checks learn of one narrative, for the checks against the data. */
interface Checked {
  file: NarrativeFile;
  source: string;
  key: NarrativeKey | null;
  title?: { value: string; line: number; character: number };
  tree: MdNode | null;
  references: ComponentReference[];
}

/**
 * Checks every narrative in content/: the file is UTF-8 text; the front matter holds exactly the
 * fields of its kind, each by the cell rules of data/; the body is prose and the narrative
 * components only (check-markup.ts); no character hides anywhere in it. With the dataset (only
 * when data/ itself is valid, so a cause is not repeated as its consequences) also: the key and
 * every component id exist, one narrative per key, and every figure is one its rows hold.
 */
export function validateNarratives(files: readonly NarrativeFile[], dataset: Dataset | null): DataIssue[] {
  const issues: DataIssue[] = [];
  const checked: Checked[] = [];
  for (const file of files) {
    const result = checkFile(file);
    issues.push(...result.issues);
    if (result.checked) checked.push(result.checked);
  }
  const keys = checked.flatMap(({ key }) => (key ? [key] : []));
  if (dataset) {
    issues.push(...narrativeKeyIssues(keys, dataset));
    const index = indexRows(dataset);
    for (const narrative of checked) issues.push(...againstData(narrative, index));
  } else {
    issues.push(...narrativeKeyIssues(keys, null));
  }
  return issues.sort((a, b) => (a.file === b.file ? a.line - b.line || (a.character ?? 0) - (b.character ?? 0) : a.file < b.file ? -1 : 1));
}

/** The checks of one file that need no data. */
function checkFile(file: NarrativeFile): { issues: DataIssue[]; checked?: Checked } {
  const decoded = decodeText(file.bytes, file.path);
  if (decoded.text === null) return { issues: decoded.issues };
  const text = decoded.text;
  const front = readFrontMatter(text, file.path);
  // The front-matter fields go through the cell rules; every other line is scanned here.
  const firstLine = front.bodyStart > 0 ? text.slice(0, front.bodyStart).split('\n').length : 1;
  const issues = [...decoded.issues, ...front.issues, ...hiddenInLines(text, file.path, firstLine)];
  const fields = frontMatterFields(front, file);
  issues.push(...fields.issues);
  // The body as Astro compiles it: the front matter blanked, so positions stay the file's own.
  const source = front.bodyStart > 0 ? text.slice(0, front.bodyStart).replace(/[^\n]/g, ' ') + text.slice(front.bodyStart) : text;
  const markup = front.bodyStart > 0 || front.issues.length === 0 ? checkMarkup(source, file.path) : { tree: null, issues: [], references: [] };
  issues.push(...markup.issues);
  return { issues, checked: { file, source, key: fields.key, title: fields.title, tree: markup.tree, references: markup.references } };
}

/** Every line's hidden characters (a bidi override in a heading, a zero-width space in a link), at their columns. */
function hiddenInLines(text: string, file: string, firstLine: number): DataIssue[] {
  return text.split('\n').flatMap((line, index) => {
    if (index + 1 < firstLine) return [];
    // Tabs that indent (a list, a continuation line) are layout, not text.
    const hidden = hiddenInLine(line.replace(/^[\t ]+/, (indent) => ' '.repeat(indent.length)));
    return hidden ? [{ file, line: index + 1, character: hidden.index + 1, rule: hidden.rule, message: hidden.message }] : [];
  });
}

/** The front-matter fields by the kind's schema: unknown or missing fields, and each value by its cell rules. */
function frontMatterFields(front: FrontMatter, file: NarrativeFile): { issues: DataIssue[]; key: NarrativeKey | null; title?: Checked['title'] } {
  const kind = NARRATIVE_KINDS[file.kind];
  const shape = kind.schema.shape as Record<string, z.ZodType>;
  const issues: DataIssue[] = [];
  if (front.bodyStart === 0) return { issues, key: null };
  const valid = new Map<string, string>();
  for (const [name, field] of front.fields) {
    const at = { file: file.path, line: field.line, character: field.character, column: name };
    if (!shape[name]) {
      issues.push({ ...at, rule: 'front-matter-field', message: `${quote(name)} is no field of a narrative about a ${kind.what}; it has only ${Object.keys(shape).join(' and ')}` });
      continue;
    }
    if (typeof field.value !== 'string') {
      issues.push({ ...at, rule: 'front-matter', message: `YAML reads this value as ${Array.isArray(field.value) ? 'a list' : field.value instanceof Date ? 'a date' : `a ${typeof field.value}`}, not as text; put it in double quotes` });
      continue;
    }
    const result = shape[name].safeParse(field.value);
    if (result.success) valid.set(name, field.value);
    else issues.push(...result.error.issues.map((issue) => ({ ...at, rule: ruleOfIssue(issue), message: issue.message, value: field.value as string })));
  }
  for (const name of Object.keys(shape)) {
    if (!front.fields.has(name)) issues.push({ file: file.path, line: 1, column: name, rule: 'required', message: `the front matter has no ${name}; a narrative about a ${kind.what} needs ${Object.keys(shape).join(' and ')}` });
  }
  const keyValue = valid.get(kind.keyField);
  const keyField = front.fields.get(kind.keyField);
  const titleField = front.fields.get('titel');
  return {
    issues,
    key: keyValue && keyField ? { kind: file.kind, file: file.path, key: keyValue, line: keyField.line, character: keyField.character } : null,
    title: valid.has('titel') && titleField ? { value: valid.get('titel')!, line: titleField.line, character: titleField.character } : undefined,
  };
}

/** Component ids that exist, and figures the narrative's rows hold. */
function againstData(narrative: Checked, index: RowIndex): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const reference of narrative.references) {
    const { table, column } = NARRATIVE_COMPONENTS[reference.component];
    if (!index.holds(table, column, reference.id)) {
      issues.push({
        file: narrative.file.path,
        line: reference.line,
        character: reference.character,
        rule: 'reference',
        message: `<${reference.component} id=${quote(reference.id)}>: ${quote(reference.id)} does not exist in data/${table}.csv (column ${column})`,
        value: reference.id,
      });
    }
  }
  if (!narrative.tree || !narrative.key) return issues;
  const kind: NarrativeKind = narrative.file.kind;
  if (!index.holds(NARRATIVE_KINDS[kind].table, NARRATIVE_KINDS[kind].keyColumn, narrative.key.key)) return issues; // narrativeKeyIssues says so
  const whose = `${NARRATIVE_KINDS[kind].what} ${narrative.key.key}`;
  let groups: RowGroup[] | null = null;
  const data = (tier: Tier) => (groups ??= rowGroupsOfNarrative(index, kind, narrative.key!.key)).map((group) => figuresOfGroup(group, tier));
  return [...issues, ...checkFigures(narrative.tree, narrative.source, data, narrative.file.path, whose, narrative.title)];
}
