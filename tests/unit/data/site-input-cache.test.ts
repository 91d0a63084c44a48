import { cpSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkedSiteInput, forgetSiteInput } from '../../../src/astro/site-input';
import { readDataDirectory } from '../../../src/data/load-dataset';
import { readNarrativeFiles } from '../../../src/data/narratives/read-narratives';
import { checkCodeVersion, hasSiteInput, readSiteInput, siteInputFolder, siteInputKey, storeSiteInput } from '../../../src/data/site-input-cache';
import type { Dataset } from '../../../src/data/load-dataset';
import { DataValidationError } from '../../../src/data/validate/issue';
import { tempDir } from '../../support/temp-dir';
import { VALID, VALID_CONTENT } from './corpus-cases';

/** A project folder with the valid fixture as data/ and content/, and a src/ of one file. */
function project(): string {
  const root = tempDir('pok-site-input-');
  cpSync(VALID, join(root, 'data'), { recursive: true });
  cpSync(VALID_CONTENT, join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/check.ts'), 'export const rule = 1;\n');
  return root;
}

const configOf = (root: string) => ({ root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) });
/** What the content loaders return for the project as it is now (a new sync: the last check forgotten). */
async function check(root: string) {
  forgetSiteInput();
  return checkedSiteInput(configOf(root));
}
const inode = (file: string) => statSync(file).ino;

describe('siteInputKey', () => {
  test('changes with every byte of a table or narrative, with what else data/ holds, and with the checking code', async () => {
    const { files, entries } = await readDataDirectory(VALID);
    const narratives = await readNarrativeFiles(VALID_CONTENT);
    const key = siteInputKey('code 1', files, entries, narratives);
    expect(siteInputKey('code 1', { ...files }, [...entries], [...narratives])).toBe(key);
    const gemeenten = Buffer.concat([Buffer.from(files.gemeenten!), Buffer.from(' ')]);
    expect(siteInputKey('code 1', { ...files, gemeenten }, entries, narratives)).not.toBe(key);
    const narrative = { ...narratives[0], bytes: Buffer.concat([Buffer.from(narratives[0].bytes), Buffer.from('\n')]) };
    expect(siteInputKey('code 1', files, entries, [narrative, ...narratives.slice(1)])).not.toBe(key);
    expect(siteInputKey('code 1', files, [...entries, { name: 'notes.txt', kind: 'file' }], narratives)).not.toBe(key);
    expect(siteInputKey('code 2', files, entries, narratives)).not.toBe(key);
  });

  test('the code version covers every file in src/', () => {
    const root = project();
    const before = checkCodeVersion(root);
    expect(checkCodeVersion(root)).toBe(before);
    writeFileSync(join(root, 'src/other.ts'), 'export const other = 2;\n');
    expect(checkCodeVersion(root)).not.toBe(before);
  });
});

describe('the stored datasets', () => {
  const dataset = (n: number) => ({ gemeenten: [{ cbs_code: `GM${n}`, naam: 'Proefstad', geldig_tot: null }] }) as unknown as Dataset;

  test('read back equal, written whole (no temp file left), and only the most recently used few kept', () => {
    const folder = siteInputFolder(tempDir('pok-site-input-cache-'));
    for (let n = 1; n <= 4; n += 1) {
      storeSiteInput(folder, `key-${n}`, dataset(n));
      // Each next one is used later (mtime), whatever the clock's resolution.
      utimesSync(join(folder, `key-${n}.v8`), n, n);
    }
    expect(readdirSync(folder)).toHaveLength(4);
    // Asking for key-1 marks it used now: it is kept at the next store, the least recently used one is not.
    expect(hasSiteInput(folder, 'key-1')).toBe(true);
    storeSiteInput(folder, 'key-5', dataset(5));
    expect(readdirSync(folder).sort()).toEqual(['key-1.v8', 'key-3.v8', 'key-4.v8', 'key-5.v8']);
    expect(readSiteInput(folder, 'key-5')).toEqual(dataset(5));
    expect(hasSiteInput(folder, 'key-2')).toBe(false);
    expect(() => readSiteInput(folder, 'key-2')).toThrow(/not in .*build again/);
  });
});

describe('checkedSiteInput (the content loaders)', () => {
  test('checks and stores the input once; the same input again is read back, not checked again', async () => {
    const root = project();
    const first = await check(root);
    const file = join(first.folder, `${first.key}.v8`);
    expect(readSiteInput(first.folder, first.key).gemeenten.map((g) => g.naam)).toContain('Proefstad');
    const stored = inode(file);
    // A new sync with the same files: same key, and the stored file was not written again (a check stores on success).
    expect(await check(root)).toEqual(first);
    expect(inode(file)).toBe(stored);
  });

  test('an edit gives a new key; an invalid edit throws every problem and stores nothing', async () => {
    const root = project();
    const first = await check(root);
    appendFileSync(join(root, 'content/gemeenten/proefstad.mdx'), '\nNog een zin.\n');
    const second = await check(root);
    expect(second.key).not.toBe(first.key);
    appendFileSync(join(root, 'data/gemeenten.csv'), 'GM9999,kapot\n');
    await expect(check(root)).rejects.toBeInstanceOf(DataValidationError);
    expect(readdirSync(second.folder).sort()).toEqual([`${first.key}.v8`, `${second.key}.v8`].sort());
    forgetSiteInput();
  });
});
