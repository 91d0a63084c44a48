import { execFileSync } from 'node:child_process';

/**
 * When each row of a CSV file in data/ was added or last changed, keyed by its first column
 * (the id), from one `git blame` of the file. Lines not yet committed get today's date. Without
 * git history the map is empty and callers fall back to a date the row itself holds.
 */
export function rowChangeDates(file: string, cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  let porcelain: string;
  try {
    porcelain = execFileSync('git', ['blame', '--line-porcelain', '--', file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return dates;
  }
  return parseBlame(porcelain);
}

/** Parses `git blame --line-porcelain` output into id → YYYY-MM-DD (committer time, UTC). */
export function parseBlame(porcelain: string): Map<string, string> {
  const dates = new Map<string, string>();
  let time = 0;
  for (const line of porcelain.split('\n')) {
    if (line.startsWith('committer-time ')) time = Number(line.slice('committer-time '.length));
    else if (line.startsWith('\t')) {
      const content = line.slice(1);
      // A quoted first cell never holds an id (ids are URL-safe), so the text up to the first comma is the id.
      const id = content.split(',')[0];
      if (id && id !== 'id' && !dates.has(id)) dates.set(id, new Date(time * 1000).toISOString().slice(0, 10));
    }
  }
  return dates;
}
