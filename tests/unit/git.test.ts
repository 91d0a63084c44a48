import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { gitFiles, gitLog, isNoHistory } from '../../src/git';
import { PROJECT_ROOT } from '../../src/root';
import { fileChangeTimes } from '../../src/publish/file-times';
import { gitDataVersion } from '../../src/site/data-version';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function repo(): { dir: string; first: string; second: string } {
  const dir = tempDir('pok-git-');
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'user.name', 'Test');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/a.csv'), 'id\n1\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'een');
  const first = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'data/b.csv'), 'id\né\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'twee');
  return { dir, first, second: git(dir, 'rev-parse', 'HEAD') };
}

describe('PROJECT_ROOT', () => {
  test('is the folder with package.json and data/, found from the module, not the working directory', () => {
    expect(existsSync(join(PROJECT_ROOT, 'package.json'))).toBe(true);
    expect(existsSync(join(PROJECT_ROOT, 'data'))).toBe(true);
    expect(PROJECT_ROOT.endsWith('/')).toBe(true);
  });
});

describe('gitFiles', () => {
  test('reads many versions in one call, with null for a file a commit did not have', () => {
    const { dir, first, second } = repo();
    const files = gitFiles(
      [`${first}:data/a.csv`, `${first}:data/b.csv`, `${second}:data/b.csv`, `${first}:data/a.csv`],
      dir,
    );
    expect([...files]).toEqual([
      [`${first}:data/a.csv`, 'id\n1\n'],
      [`${first}:data/b.csv`, null],
      [`${second}:data/b.csv`, 'id\né\n'],
    ]);
    expect(gitFiles([], dir).size).toBe(0);
  });
});

describe('no history', () => {
  const bare = () => tempDir('pok-nogit-');
  test('every git reader answers outside a repository with the same NoHistory', () => {
    const dir = bare();
    const answers = [gitLog(['--format=%H'], ['data/'], dir), fileChangeTimes('content/', dir), gitDataVersion(dir)];
    for (const answer of answers) expect(isNoHistory(answer)).toBe(true);
    expect(answers[0]).toEqual(answers[1]);
  });
  test('a repository whose commits never touch data/ has no data version; an empty log is no error', () => {
    const dir = bare();
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'test@example.invalid');
    git(dir, 'config', 'user.name', 'Test');
    writeFileSync(join(dir, 'README.md'), 'x\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'alleen tekst');
    expect(gitDataVersion(dir)).toEqual({ status: 'no-history', reason: 'Git kent geen enkele versie van data/.' });
    expect(gitLog(['--format=%H'], ['data/'], dir)).toMatchObject({ status: 'ok', text: '' });
    expect(gitDataVersion(repo().dir)).toMatchObject({ source: 'git', shallow: false });
  });
});
