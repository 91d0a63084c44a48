import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DATA_VERSION_FILE, parseDataVersion, readDataVersion } from '../../../src/site/data-version';

const dirs: string[] = [];
const tree = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pok-version-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readDataVersion', () => {
  test('a tree without git history, environment variable or release file says "onbekend"', () => {
    const version = readDataVersion(tree(), {});
    expect(version).toMatchObject({ date: null, commit: null, source: 'unknown' });
    expect(version.label).toMatch(/^onbekend/);
  });

  test('without history, POK_DATA_VERSION names the version', () => {
    expect(readDataVersion(tree(), { POK_DATA_VERSION: '2026-11-23 a1b2c3d' })).toMatchObject({
      date: '2026-11-23',
      commit: 'a1b2c3d',
      label: '2026-11-23 (a1b2c3d)',
      source: 'env',
    });
  });

  test('without history or variable, the file the release process wrote names it', () => {
    const dir = tree();
    writeFileSync(join(dir, DATA_VERSION_FILE), '2026-10-01 0abc123\n');
    expect(readDataVersion(dir, {})).toMatchObject({ date: '2026-10-01', commit: '0abc123', source: 'file' });
  });

  test('git history wins over the variable and the file: the last commit that changed data/', () => {
    const dir = tree();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T12:00:00Z', GIT_COMMITTER_DATE: '2025-03-04T12:00:00Z' },
      }).trim();
    git('init', '-q');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/x.csv'), 'id\n1\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'data');
    writeFileSync(join(dir, DATA_VERSION_FILE), '2026-10-01 0abc123\n');
    const commit = git('rev-parse', '--short', 'HEAD');
    expect(readDataVersion(dir, { POK_DATA_VERSION: '2026-11-23 a1b2c3d' })).toMatchObject({
      date: '2025-03-04',
      commit,
      source: 'git',
      shallow: false,
    });
  });
});

describe('parseDataVersion', () => {
  test('a date alone is a version without commit', () => {
    expect(parseDataVersion('2026-11-23', 'env')).toMatchObject({
      date: '2026-11-23',
      commit: null,
      label: '2026-11-23',
    });
  });

  test.each(['23-11-2026', '2026-11-23 not-a-hash', 'onbekend'])('"%s" is refused with the expected form', (text) => {
    expect(() => parseDataVersion(text, 'env')).toThrow('POK_DATA_VERSION');
    expect(() => parseDataVersion(text, 'file')).toThrow(DATA_VERSION_FILE);
  });
});
