import { execFileSync } from 'node:child_process';

/** The data version: the date of the last commit that changed data/ and its short hash. */
export interface DataVersion {
  /** ISO date of the last data change, or null when the build has no git history. */
  date: string | null;
  /** Short commit hash, or null without history. */
  commit: string | null;
  /** Human label, e.g. "2026-11-23 (a1b2c3d)". */
  label: string;
  /** True when the repository is a shallow clone: the date may be that of the clone's oldest commit. */
  shallow: boolean;
}

let cached: DataVersion | null = null;

/**
 * Reads the data version from git once per build. Without git history it says so instead of
 * inventing a version; a shallow clone is flagged, because its history may be cut short.
 */
export function dataVersion(cwd = process.cwd()): DataVersion {
  if (cached) return cached;
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const [date, commit] = git('log', '-1', '--format=%cs %h', '--', 'data/').split(' ');
    const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
    cached = date && commit ? { date, commit, label: `${date} (${commit})`, shallow } : { date: null, commit: null, label: 'onbekend (geen versiegeschiedenis)', shallow };
  } catch {
    cached = { date: null, commit: null, label: 'onbekend (geen versiegeschiedenis)', shallow: false };
  }
  return cached;
}
