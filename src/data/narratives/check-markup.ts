import { mdxToMdast } from 'satteri';
import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';
import { NARRATIVE_COMPONENTS, NARRATIVE_COMPONENT_NAMES, isNarrativeComponent } from './narrative-components';
import { checkLinkTarget } from './link-targets';
import { hiddenInProse } from './prose-characters';
import { checkId } from '../schemas/cell-rules';

/** The part of an mdast node this check reads (satteri's tree, as mdast and mdast-util-mdx shape it). */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  title?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** A component's id, to be checked against the data once the data is known. */
export interface ComponentReference {
  component: keyof typeof NARRATIVE_COMPONENTS;
  id: string;
  line: number;
  character: number;
}

/** Prose: what Markdown offers for text, and nothing that runs, loads or embeds. */
const PROSE = new Set(['root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'list', 'listItem', 'blockquote', 'break', 'thematicBreak', 'link', 'linkReference', 'definition']);

/** What a refused Markdown construct is called in a message. */
const CONSTRUCTS: Record<string, string> = {
  image: 'an image (it loads a file from elsewhere)',
  imageReference: 'an image (it loads a file from elsewhere)',
  code: 'a code block',
  inlineCode: 'inline code',
  table: 'a table (figures belong in data/, where the site draws its tables)',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  html: 'HTML',
};

/** The features Astro's MDX processor parses with (gfm and smart punctuation on); the same tree. */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

/**
 * Parses a narrative body with the MDX parser Astro itself uses (satteri) and allows only prose
 * and the narrative components: no import or export, no {expression}, no HTML element or
 * attribute, no image or embed; links only to pages of this site or to https:// addresses.
 * `source` is the whole file with its front matter blanked (positions are the file's own).
 */
export function checkMarkup(source: string, file: string): { tree: MdNode | null; issues: DataIssue[]; references: ComponentReference[] } {
  let tree: MdNode;
  try {
    tree = mdxToMdast(source, { features: FEATURES }) as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', character = '1', reason = message] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
    return { tree: null, issues: [{ file, line: Number(line), character: Number(character), rule: 'mdx-syntax', message: `this is not valid MDX: ${reason}` }], references: [] };
  }
  const issues: DataIssue[] = [];
  const references: ComponentReference[] = [];
  const walk = (node: MdNode, inLink: boolean) => {
    const at = { file, line: node.position?.start.line ?? 1, character: node.position?.start.column ?? 1 };
    const refuse = (rule: string, message: string) => issues.push({ ...at, rule, message });
    if (node.type === 'mdxjsEsm') return refuse('import-export', 'import and export run code when the site is built; a narrative is text only: remove this');
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return refuse('expression', `${quote(`{${node.value ?? ''}}`)} is JavaScript, which runs when the site is built; write the text itself (a brace as \\{)`);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const reference = checkComponent(node, refuse, inLink);
      if (reference) references.push({ ...reference, line: at.line, character: at.character });
      if (!reference) return;
      for (const child of node.children ?? []) walk(child, true);
      return;
    }
    if (!PROSE.has(node.type)) return refuse('markdown-element', `${CONSTRUCTS[node.type] ?? `a ${node.type}`} has no place in a narrative, which is prose: headings, paragraphs, lists, emphasis and links`);
    if (node.type === 'heading' && node.depth === 1) refuse('heading-level', 'a narrative starts its sections at ## (the page already has its one # heading, the title)');
    if (node.type === 'link' && inLink) refuse('nested-link', 'a link inside a link; link the words once');
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const target = checkLinkTarget(node.url);
      if (!target.ok) refuse(target.rule, target.message);
    }
    if (node.type === 'text' && node.value) {
      const written = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      const hidden = hiddenInProse(node.value, written);
      if (hidden) issues.push({ ...at, ...positionIn(written, hidden.offsetInSource, at), rule: hidden.rule, message: hidden.message });
    }
    for (const child of node.children ?? []) walk(child, inLink || node.type === 'link' || node.type === 'linkReference');
  };
  walk(tree, false);
  return { tree, issues, references };
}

/** The line and character of an offset within a node's source text that starts at `start`. */
function positionIn(written: string, offset: number, start: { line: number; character: number }): { line: number; character: number } {
  const before = written.slice(0, offset);
  const breaks = before.split('\n');
  return breaks.length === 1 ? { line: start.line, character: start.character + offset } : { line: start.line + breaks.length - 1, character: breaks.at(-1)!.length + 1 };
}

/**
 * A JSX element must be one of the narrative components, with exactly its one attribute as plain
 * text and words to link. Returns the reference it makes, or null after reporting what is wrong.
 */
function checkComponent(node: MdNode, refuse: (rule: string, message: string) => void, inLink: boolean): Omit<ComponentReference, 'line' | 'character'> | null {
  const name = node.name ?? '';
  const offered = `narratives offer only ${NARRATIVE_COMPONENT_NAMES.map((c) => `<${c}>`).join(' and ')}`;
  if (!/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
    refuse('html-element', `<${name}> is HTML; a narrative is text (Markdown), and ${offered}`);
    return null;
  }
  if (!isNarrativeComponent(name)) {
    refuse('unknown-component', `<${name}> is no component of this site; ${offered}`);
    return null;
  }
  const { attribute } = NARRATIVE_COMPONENTS[name];
  const usage = `write <${name} ${attribute}="…">the words to link</${name}>`;
  let id: string | null = null;
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') return refuse('expression', `{…} in <${name}> is JavaScript, which runs when the site is built; ${usage}`), null;
    if (attr.name !== attribute) return refuse('component-attribute', `<${name}> has no attribute ${attr.name}; ${usage}`), null;
    if (typeof attr.value !== 'string') {
      return refuse(attr.value === null || attr.value === undefined ? 'component-attribute' : 'expression', `${attribute} of <${name}> must be plain text in quotes; ${usage}`), null;
    }
    id = attr.value;
  }
  if (id === null) return refuse('component-attribute', `<${name}> needs its ${attribute}; ${usage}`), null;
  const format = checkId(id);
  if (!format.ok) return refuse(format.rule, `${attribute} of <${name}>: ${format.message}`), null;
  if (!node.children?.length) return refuse('component-text', `<${name}> needs the words to link; ${usage}`), null;
  if (inLink) return refuse('nested-link', `<${name}> inside a link; link the words once`), null;
  return { component: name, id };
}
