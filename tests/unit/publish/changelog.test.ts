import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../support/temp-dir';
import { columnChangeText, diffCsv, hasChanges, hasRowChanges } from '../../../src/publish/changelog';
import { readDataHistory } from '../../../src/publish/git-history';

describe('diffCsv', () => {
  test('finds added, changed and removed rows by id', () => {
    const before = 'id,bedrag_eur,bron\na,100,x\nb,200,x\nc,300,x\n';
    const after = 'id,bedrag_eur,bron\na,100,x\nb,250,y\nd,400,x\n';
    expect(diffCsv('data/bestedingen.csv', before, after)).toEqual({
      file: 'data/bestedingen.csv',
      added: ['d'],
      changed: [{ key: 'b', columns: ['bedrag_eur', 'bron'] }],
      removed: ['c'],
      columns: { added: [], removed: [], renamed: [] },
    });
  });

  test('records a renamed column as a rename, not as a change of every row', () => {
    const before =
      'cbs_code,datum,waar,resultaat,bron\nGM0001,2024-01-01,website,niets gevonden,r1\nGM0002,,archief,gevonden,r1\n';
    const after =
      'cbs_code,datum,gezocht_in,resultaat,bron\nGM0001,2024-01-01,website,niets gevonden,r1\nGM0002,,archief en krant,gevonden,r1\n';
    const change = diffCsv('data/onderzocht.csv', before, after);
    // Not a rename: one value differs, so the old column is removed and a new one added.
    expect(change.columns).toEqual({ added: ['gezocht_in'], removed: ['waar'], renamed: [] });
    const renamed = diffCsv('data/onderzocht.csv', before, after.replace('archief en krant', 'archief'));
    expect(renamed.columns).toEqual({ added: [], removed: [], renamed: [{ from: 'waar', to: 'gezocht_in' }] });
    expect(renamed.changed).toEqual([]);
    expect(columnChangeText(renamed)).toEqual(['kolom waar heet nu gezocht_in (zelfde waarden)']);
    expect(hasChanges(renamed)).toBe(true);
    expect(hasRowChanges(renamed)).toBe(false);
  });

  test('a new file lists its rows as added, not every column as a header change', () => {
    const change = diffCsv(
      'data/onderzocht.csv',
      null,
      'cbs_code,datum,gezocht_in,resultaat,bron\nGM0001,,a,gevonden,r1\n',
    );
    expect(change.added).toEqual(['GM0001-r1-gevonden']);
    expect(change.columns).toEqual({ added: [], removed: [], renamed: [] });
  });

  test('a rename and a changed value in the same commit: the rename, and the row under its new column name', () => {
    const change = diffCsv(
      'data/onderzocht.csv',
      'cbs_code,datum,waar,resultaat,bron\nGM0001,2024-01-01,a,gevonden,r1\nGM0002,,b,gevonden,r1\n',
      'cbs_code,datum,gezocht_in,resultaat,bron\nGM0001,2024-01-01,a,gevonden,r1\nGM0002,,b,gevonden,r1\nGM0002,,c,gevonden,r2\n',
    );
    expect(change.columns.renamed).toEqual([{ from: 'waar', to: 'gezocht_in' }]);
    expect(change.added).toEqual(['GM0002-r2-gevonden']);
    expect(change.changed).toEqual([]);
  });

  test('uses the table key where a table has no id (inwoners: cbs_code and jaar)', () => {
    const before = 'cbs_code,jaar,inwoners,bron\nGM0001,2022,100,x\n';
    const after = 'cbs_code,jaar,inwoners,bron\nGM0001,2022,101,x\nGM0001,2023,102,x\n';
    const change = diffCsv('data/inwoners.csv', before, after);
    expect(change.added).toEqual(['GM0001-2023']);
    expect(change.changed).toEqual([{ key: 'GM0001-2022', columns: ['inwoners'] }]);
  });

  test('sees no row change when only the order of rows changes', () => {
    const change = diffCsv('data/bronnen.csv', 'id,titel\na,A\nb,B\n', 'id,titel\nb,B\na,A\n');
    expect(change.added.length + change.changed.length + change.removed.length).toBe(0);
  });
});

describe('readDataHistory', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  function repoWithThreeVersions(): string {
    const dir = tempDir('pok-history-');
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'test@example.invalid');
    git(dir, 'config', 'user.name', 'Test');
    mkdirSync(join(dir, 'data'));
    const commit = (text: string, message: string) => {
      writeFileSync(join(dir, 'data/bronnen.csv'), text);
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', message);
    };
    commit('id,titel\na,A\n', 'eerste');
    commit('id,titel\na,A\nb,B\n', 'tweede');
    commit('id,titel\na,AA\nb,B\n', 'derde');
    return dir;
  }

  test('lists every commit that changed data/, newest first, with its row changes', () => {
    const history = readDataHistory(repoWithThreeVersions());
    expect(history.status).toBe('ok');
    expect(history.commits.map((c) => c.subject)).toEqual(['derde', 'tweede', 'eerste']);
    expect(history.commits[0].files[0].changed).toEqual([{ key: 'a', columns: ['titel'] }]);
    expect(history.commits[1].files[0].added).toEqual(['b']);
    expect(history.commits[2].files[0].added).toEqual(['a']);
  });

  test('in a shallow clone, says so and does not claim the oldest fetched commit added every row', () => {
    const source = repoWithThreeVersions();
    const clone = tempDir('pok-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${source}`, clone], { stdio: 'ignore' });
    const history = readDataHistory(clone);
    expect(history.status).toBe('shallow');
    expect(history.commits.map((c) => c.subject)).toEqual(['derde', 'tweede']);
    expect(history.commits[1]).toMatchObject({ baseUnknown: true, files: [] });
    expect(history.commits[0].baseUnknown).toBe(false);
  });

  test('without git history, reports that instead of an empty changelog', () => {
    const dir = tempDir('pok-nogit-');
    const history = readDataHistory(dir);
    expect(history.status).toBe('no-history');
  });
});
