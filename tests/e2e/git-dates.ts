import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/*
 * When a row last changed, asked of git directly (never of the code that wrote the feed or the
 * sitemap): the newest commit on main's first-parent history whose diff adds or removes a line
 * containing `text` with different content. A line that only gained empty cells (a new column
 * added to every row, at the end or between others) is not a change of that row.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
export const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
export const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A diff line's filled cells, in order: what stays the same when an empty column is added. */
const filled = (line: string) =>
  (Papa.parse<string[]>(line.slice(1)).data[0] ?? []).filter((cell) => cell !== '').join('\u0000');
const content = (lines: string[]) => lines.map(filled).sort().join('\n');

/** The commit time (ISO, with offset) of the last real change to a line holding `text` in `paths`. */
export function lastChange(text: string, ...paths: string[]): string {
  return lastLineChange(text, (line) => line.includes(text), paths);
}

/** The same for one row: the line that starts with its id (another row naming it, e.g. in `vervangt`, does not count). */
export function lastRowChange(id: string, ...paths: string[]): string {
  return lastLineChange(id, (line) => line.slice(1).startsWith(`${id},`), paths);
}

function lastLineChange(text: string, holds: (line: string) => boolean, paths: string[]): string {
  const log = git('log', '--first-parent', '-p', '--format=%x00%cI', `-G${escape(text)}`, '--', ...paths);
  for (const chunk of log.split('\0').slice(1)) {
    const [time, ...lines] = chunk.split('\n');
    const changed = lines.filter((line) => holds(line) && !line.startsWith('---') && !line.startsWith('+++'));
    const removed = changed.filter((line) => line.startsWith('-'));
    const added = changed.filter((line) => line.startsWith('+'));
    if (removed.length + added.length > 0 && content(removed) !== content(added)) return time.trim();
  }
  return '';
}
