import { gitLog, isNoHistory } from '../git';
import type { NoHistory } from '../git';
import { parseFileTimes } from './row-dates';

/** Each file's last commit time under `dir` (one git call), or NoHistory without git history. */
export function fileChangeTimes(dir: string, root?: string): Map<string, string> | NoHistory {
  const log = gitLog(['--format=%x00%cI', '--name-only'], [dir], root);
  return isNoHistory(log) ? log : parseFileTimes(log.text);
}
