import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitLog, isNoHistory } from '../git.ts';
import type { NoHistory } from '../git.ts';
import { PROJECT_ROOT } from '../root.ts';

/** The data version: the date of the last commit that changed data/ and its short hash. */
export interface DataVersion {
  /** ISO date of the last data change, or null when it is not known. */
  date: string | null;
  /** Short commit hash, or null when it is not known. */
  commit: string | null;
  /** Human label, e.g. "2026-11-23 (a1b2c3d)". */
  label: string;
  /** True when the repository is a shallow clone: the date may be that of the clone's oldest commit. */
  shallow: boolean;
  /** Where the version came from: git history, POK_DATA_VERSION, the release file, or nowhere. */
  source: 'git' | 'env' | 'file' | 'unknown';
}

/** Written by `npm run data-version` before a tree is packed without its git history. */
export const DATA_VERSION_FILE = 'data-version.txt';
const NO_DATA_COMMIT: NoHistory = { status: 'no-history', reason: 'Git kent geen enkele versie van data/.' };
const UNKNOWN: DataVersion = {
  date: null,
  commit: null,
  label: 'onbekend (geen versiegeschiedenis)',
  shallow: false,
  source: 'unknown',
};

/**
 * Reads "2026-11-23 a1b2c3d" (date, then an optional short commit hash), as written by
 * `npm run data-version` or set in POK_DATA_VERSION. Anything else is rejected with the reason.
 */
export function parseDataVersion(text: string, source: 'env' | 'file'): DataVersion {
  const match = /^(\d{4}-\d{2}-\d{2})(?:\s+([0-9a-f]{7,40}))?$/.exec(text.trim());
  const where = source === 'env' ? 'POK_DATA_VERSION' : DATA_VERSION_FILE;
  if (!match || Number.isNaN(Date.parse(match[1])))
    throw new Error(
      `${where} "${text.trim()}" is not a data version; write "YYYY-MM-DD abcdef1" (date of the last data change, then its short commit)`,
    );
  const [, date, commit = null] = match;
  return { date, commit, label: commit ? `${date} (${commit})` : date, shallow: false, source };
}

/** The last commit that changed data/, from git (one log call); NoHistory when git cannot tell. */
export function gitDataVersion(root: string = PROJECT_ROOT): DataVersion | NoHistory {
  const log = gitLog(['-1', '--format=%cs %h'], ['data/'], root);
  if (isNoHistory(log)) return log;
  const [date, commit] = log.text.trim().split(' ');
  if (!date || !commit) return NO_DATA_COMMIT;
  return { date, commit, label: `${date} (${commit})`, shallow: log.status === 'shallow', source: 'git' };
}

/**
 * The data version, in this order: git history; else POK_DATA_VERSION; else the file that the
 * release process wrote (data-version.txt, for a tree packed without .git); else "onbekend".
 * Never an invented version. A shallow clone is flagged, because its history may be cut short.
 */
export function readDataVersion(root: string, env: Record<string, string | undefined> = process.env): DataVersion {
  const fromGit = gitDataVersion(root);
  if (!isNoHistory(fromGit)) return fromGit;
  if (env.POK_DATA_VERSION?.trim()) return parseDataVersion(env.POK_DATA_VERSION, 'env');
  const file = join(root, DATA_VERSION_FILE);
  if (existsSync(file)) return parseDataVersion(readFileSync(file, 'utf8'), 'file');
  return UNKNOWN;
}

let cached: DataVersion | null = null;

/** The data version of this build, read once. */
export function dataVersion(root = PROJECT_ROOT): DataVersion {
  cached ??= readDataVersion(root);
  return cached;
}
