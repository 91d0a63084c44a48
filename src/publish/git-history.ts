import { gitFiles, gitLog } from '../git';
import { diffCsv } from './changelog';
import type { DataCommit, DataHistory } from './changelog';

interface LoggedCommit {
  hash: string;
  short: string;
  date: string;
  parent: string | null;
  subject: string;
  files: string[];
}

/** Parses `git log --format=%x00%H%x09%h%x09%cI%x09%P%x09%s --name-only`, newest first. */
function parseLog(text: string): LoggedCommit[] {
  return text
    .split('\0')
    .filter(Boolean)
    .map((block) => {
      const [head, ...names] = block.split('\n');
      const [hash, short, date, parents, ...subject] = head.split('\t');
      const parent = parents.split(' ').filter(Boolean)[0] ?? null;
      return {
        hash,
        short,
        date,
        parent,
        subject: subject.join('\t'),
        files: names.filter((name) => name.endsWith('.csv')),
      };
    });
}

/**
 * Reads the history of data/*.csv from git: for every commit (first parent, newest first) each
 * changed file before and after, compared row by row. Two git calls in all: one log with the
 * changed file names, one batch read of every version needed. A shallow clone is reported, and
 * the commit at its edge gets `baseUnknown` rather than an invented "everything added".
 */
export function readDataHistory(root?: string): DataHistory {
  const log = gitLog(['--format=%x00%H%x09%h%x09%cI%x09%P%x09%s', '--name-only'], ['data/'], root);
  if (log.status === 'no-history') return { ...log, commits: [] };
  const logged = parseLog(log.text).map((commit) => (log.edges.has(commit.hash) ? { ...commit, files: [] } : commit));
  const specs = logged.flatMap((c) =>
    c.files.flatMap((file) => [`${c.hash}:${file}`, ...(c.parent ? [`${c.parent}:${file}`] : [])]),
  );
  const contents = gitFiles(specs, root);
  const at = (commit: string | null, file: string) => (commit ? (contents.get(`${commit}:${file}`) ?? null) : null);
  const commits: DataCommit[] = logged.map(({ hash, short, date, parent, subject, files }) => ({
    hash,
    short,
    date,
    subject,
    baseUnknown: log.edges.has(hash),
    files: files.map((file) => diffCsv(file, at(parent, file), at(hash, file))),
  }));
  if (commits.length === 0)
    return { status: 'no-history', reason: 'Git kent geen enkele versie van data/.', commits: [] };
  return { status: log.status, commits };
}
