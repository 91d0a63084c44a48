// Imports carry .ts: `npm run data-version` runs this file's importers in plain Node, without a bundler.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { PROJECT_ROOT } from './root.ts';

/**
 * The one way every caller says "git cannot tell": no repository, no git, or no commit that
 * touches the asked path. `reason` is Dutch, for the page that has to say why it is empty.
 */
export interface NoHistory {
  status: 'no-history';
  reason: string;
}

/** The output of one git log, and whether the clone is shallow (its oldest commits missing). */
export interface GitLog {
  status: 'ok' | 'shallow';
  text: string;
  /** Commits at the shallow edge: git does not know their parents, so their diffs are not real. */
  edges: ReadonlySet<string>;
}

export const NO_GIT: NoHistory = {
  status: 'no-history',
  reason: 'Deze versie van de site is gebouwd zonder git-geschiedenis.',
};

const MAX_BUFFER = 512 * 1024 * 1024;

function run(root: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd: root,
    input,
    maxBuffer: MAX_BUFFER,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
  });
}

/** The commits recorded as the shallow clone's edge (git's `shallow` file); empty for a full clone. */
function shallowEdges(root: string): Set<string> {
  const file = run(root, ['rev-parse', '--git-path', 'shallow']).toString('utf8').trim();
  const path = isAbsolute(file) ? file : join(root, file);
  return new Set(existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
}

/**
 * `git log --first-parent <args> -- <paths>` as one call: dates follow main's first-parent
 * history everywhere (a row that landed by a merge is dated by that merge; a merge's diff is
 * against its first parent). NoHistory when there is no repository or git; an empty log is
 * returned as it is, for the caller to judge.
 */
export function gitLog(args: readonly string[], paths: readonly string[], root = PROJECT_ROOT): GitLog | NoHistory {
  try {
    const shallow = run(root, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
    const text = run(root, ['log', '--first-parent', ...args, '--', ...paths]).toString('utf8');
    return { status: shallow ? 'shallow' : 'ok', text, edges: shallow ? shallowEdges(root) : new Set() };
  } catch {
    return NO_GIT;
  }
}

/**
 * The contents of many files at many commits in one `git cat-file --batch` call (instead of a
 * `git show` per commit per file): `${commit}:${path}` to text, null where the file did not exist.
 */
export function gitFiles(specs: readonly string[], root = PROJECT_ROOT): Map<string, string | null> {
  const files = new Map<string, string | null>();
  const unique = [...new Set(specs)];
  if (unique.length === 0) return files;
  const out = run(root, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  let at = 0;
  for (const spec of unique) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = / blob (\d+)$/.exec(header);
    if (!size) {
      files.set(spec, null);
      continue;
    }
    const length = Number(size[1]);
    files.set(spec, out.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return files;
}

/** True for the "git cannot tell" answer of any function here or built on it. */
export function isNoHistory(value: unknown): value is NoHistory {
  return typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'no-history';
}
