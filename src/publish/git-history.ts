import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { diffCsv } from './changelog';
import type { DataCommit, DataHistory } from './changelog';

/**
 * Reads the history of data/*.csv from git: for every commit (first parent, newest first) each
 * changed file before and after, compared row by row. A shallow clone is reported, and the commit
 * at its edge gets `baseUnknown` rather than an invented "everything added".
 */
export function readDataHistory(cwd = process.cwd()): DataHistory {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const show = (commit: string, path: string): string | null => {
    try {
      return git('show', `${commit}:${path}`);
    } catch {
      return null;
    }
  };
  let log: string;
  let shallow: boolean;
  let edges: Set<string>;
  try {
    shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
    const shallowFile = git('rev-parse', '--git-path', 'shallow').trim();
    const path = shallowFile.startsWith('/') ? shallowFile : `${cwd}/${shallowFile}`;
    edges = new Set(existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
    log = git('log', '--first-parent', '--format=%H%x09%h%x09%cI%x09%P%x09%s', '--', 'data/');
  } catch {
    return { status: 'no-history', reason: 'Deze versie van de site is gebouwd zonder git-geschiedenis.', commits: [] };
  }
  const commits: DataCommit[] = [];
  for (const line of log.split('\n').filter(Boolean)) {
    const [hash, short, date, parents, ...subject] = line.split('\t');
    const parent = parents.split(' ').filter(Boolean)[0] ?? null;
    const baseUnknown = edges.has(hash);
    const entry: DataCommit = { hash, short, date, subject: subject.join('\t'), baseUnknown, files: [] };
    if (!baseUnknown) {
      const names = parent
        ? git('diff', '--name-only', parent, hash, '--', 'data/')
        : git('diff-tree', '--root', '-r', '--name-only', '--no-commit-id', hash, '--', 'data/');
      for (const file of names.split('\n').filter((name) => name.endsWith('.csv'))) {
        entry.files.push(diffCsv(file, parent ? show(parent, file) : null, show(hash, file)));
      }
    }
    commits.push(entry);
  }
  if (commits.length === 0) return { status: 'no-history', reason: 'Git kent geen enkele versie van data/.', commits: [] };
  return { status: shallow ? 'shallow' : 'ok', commits };
}
