/*
 * Size limits of the code in src/ (issue 11): no file over 250 lines, no function over 60 lines.
 * Long files and functions were where one module did several jobs; the limit keeps each small
 * enough to read in one sitting. Functions are found with TypeScript's own parser, also in the
 * frontmatter and scripts of .astro files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'src');

const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? codeFiles(join(dir, entry.name))
      : /\.(ts|mjs|astro)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

/** The TypeScript parts of a file: all of a .ts file; the frontmatter and <script> blocks of an .astro file, each with its first line. */
function scriptParts(file: string, text: string): { code: string; firstLine: number }[] {
  if (!file.endsWith('.astro')) return [{ code: text, firstLine: 1 }];
  const parts: { code: string; firstLine: number }[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (front) parts.push({ code: front[1], firstLine: 2 });
  for (const match of text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g))
    parts.push({ code: match[1], firstLine: lineOf(match.index + match[0].indexOf('>') + 1) });
  return parts;
}

/** Every function in a piece of code that is longer than the limit, as "name (N lines) at line L". */
export function longFunctions(code: string, firstLine = 1, limit = MAX_FUNCTION_LINES): string[] {
  const source = ts.createSourceFile('part.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) {
        const named =
          (node as ts.FunctionDeclaration).name ??
          (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
        found.push(`${named ? named.getText(source) : '(anonymous)'} (${lines} lines) at line ${start + firstLine}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('code size', () => {
  const files = codeFiles(src);

  test('the limits are measured, not assumed: a 61-line function is found, a 60-line one is not', () => {
    const body = (n: number) => `function f() {\n${'  x++;\n'.repeat(n - 2)}}\n`;
    expect(longFunctions(body(61))).toEqual(['f (61 lines) at line 1']);
    expect(longFunctions(body(60))).toEqual([]);
    expect(longFunctions(`const g = () => {\n${'  x++;\n'.repeat(70)}};\n`, 10)).toEqual(['g (72 lines) at line 10']);
  });

  test(`no file in src/ is over ${MAX_FILE_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((file) => ({
        file: relative(root, file),
        lines: readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length,
      }))
      .filter((f) => f.lines > MAX_FILE_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  test(`no function in src/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return scriptParts(file, text).flatMap((part) =>
        longFunctions(part.code, part.firstLine).map((f) => `${relative(root, file)}: ${f}`),
      );
    });
    expect(long).toEqual([]);
  });
});
