import { execFileSync } from 'node:child_process';
import { parseFileTimes } from './row-dates';

/** Each file's last commit time under `dir` (one git call); empty without git history. */
export function fileChangeTimes(dir: string, cwd = process.cwd()): Map<string, string> {
  try {
    return parseFileTimes(execFileSync('git', ['log', '--first-parent', '--format=%x00%cI', '--name-only', '--', dir], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }));
  } catch {
    return new Map();
  }
}
