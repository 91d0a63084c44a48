import type { DataIssue } from '../validate/issue';
import { quote } from '../validate/issue';
import type { MdNode } from './check-markup';
import { figuresIn } from './figures-in-text';
import type { Figure } from './figures-in-text';
import { dataHolds } from './data-figures';
import type { DataFigures, Tier } from './data-figures';

/** One block of prose (a paragraph or heading) as one string, and where each text node starts in it. */
interface Block {
  text: string;
  pieces: { start: number; node: MdNode }[];
}

/** The text of every paragraph and heading, across emphasis, links and components ("€ **2.932.000**"). */
function blocksOf(tree: MdNode): Block[] {
  const blocks: Block[] = [];
  const collect = (node: MdNode, block: Block) => {
    if (node.type === 'text' && node.value) {
      block.pieces.push({ start: block.text.length, node });
      block.text += node.value;
    }
    for (const child of node.children ?? []) collect(child, block);
  };
  const visit = (node: MdNode) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = { text: '', pieces: [] };
      collect(node, block);
      blocks.push(block);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}

/** The line and character of a figure: from its text node, then found in that line of the file. */
function locate(block: Block, figure: Figure, lines: string[]): { line: number; character: number } {
  const piece = [...block.pieces].reverse().find((p) => p.start <= figure.start) ?? block.pieces[0];
  const local = figure.start - piece.start;
  const start = piece.node.position?.start ?? { line: 1, column: 1 };
  const before = (piece.node.value ?? '').slice(0, Math.max(0, local));
  const breaks = before.split('\n').length - 1;
  const line = start.line + breaks;
  const guess = breaks === 0 ? start.column + local : 1;
  const written = lines[line - 1] ?? '';
  const found = written.indexOf(figure.text, breaks === 0 ? Math.max(0, start.column - 1) : 0);
  return { line, character: found === -1 ? guess : found + 1 };
}

const KIND_WORDS: Record<Figure['kind'], string> = { amount: 'an amount', date: 'a date', month: 'a month', year: 'a year' };

/**
 * Every amount, date and year a narrative states must be one its data rows hold (the site's rule
 * "no figures that are not in the CSV"). The title counts too: it is the page's <title> and <h1>.
 */
export function checkFigures(
  tree: MdNode,
  source: string,
  dataOf: (tier: Tier) => DataFigures[],
  file: string,
  whose: string,
  title?: { value: string; line: number; character: number },
): DataIssue[] {
  const issues: DataIssue[] = [];
  const lines = source.split('\n');
  const report = (figure: Figure, at: { line: number; character: number }, column?: string) =>
    issues.push({
      file,
      ...at,
      column,
      rule: 'figure-in-data',
      message: `${quote(figure.text)} (${KIND_WORDS[figure.kind]}) is not in the data of ${whose}; a narrative states only figures its data rows hold: remove it, or add the fact with its source to data/`,
      value: figure.text,
    });
  // The rows' figures are read only when the narrative states one: the typed cells first, the
  // words of text cells only for a figure the cells lack.
  const tiers: Partial<Record<Tier, DataFigures[]>> = {};
  const inTier = (tier: Tier, figure: Figure) => (tiers[tier] ??= dataOf(tier)).some((figures) => dataHolds(figures, figure));
  const holds = (figure: Figure) => inTier('cells', figure) || inTier('words', figure);
  if (title) {
    for (const figure of figuresIn(title.value)) {
      if (!holds(figure)) report(figure, { line: title.line, character: title.character + figure.start }, 'titel');
    }
  }
  for (const block of blocksOf(tree)) {
    for (const figure of figuresIn(block.text)) if (!holds(figure)) report(figure, locate(block, figure, lines));
  }
  return issues;
}
