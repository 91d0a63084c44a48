import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { memoryDownloads, spilledDownloads } from '../../../src/publish/download-store';
import { buildPublished, takeDownload } from '../../../src/publish/published';
import { buildDataFiles } from '../../../src/publish/published-files';
import type { DataHistory } from '../../../src/publish/changelog';
import { tempDir } from '../../support/temp-dir';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const version = { date: '2026-01-02', commit: 'abc1234' };
const history: DataHistory = { status: 'ok', commits: [] };

describe('download stores', () => {
  test('the spill file gives back each text as its UTF-8 bytes, in any order, as often as asked', () => {
    const dir = tempDir('pok-spill-');
    const store = spilledDownloads(dir);
    const texts = {
      'a.csv': 'id,naam\n1,Súdwest-Fryslân\n',
      'excel/b-excel.csv': '\uFEFFid;bedrag\n1;2,5\n',
      'leeg.csv': '',
    };
    for (const [path, text] of Object.entries(texts)) store.put(path, text);
    for (const [path, text] of Object.entries(texts).reverse())
      expect(store.get(path).toString('utf8'), path).toBe(text);
    expect(store.get('a.csv').toString('utf8')).toBe(texts['a.csv']);
    // One file for all of them.
    expect(readdirSync(dir)).toHaveLength(1);
    expect(() => store.get('nee.csv')).toThrow('No download /data/nee.csv');
    store.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('in memory the same', () => {
    const store = memoryDownloads();
    store.put('x.json', '{"a":"é"}');
    expect(store.get('x.json').toString('utf8')).toBe('{"a":"é"}');
    expect(() => store.get('y.json')).toThrow('No download /data/y.json');
  });
});

describe('buildPublished', () => {
  test('keeps no text in memory; each download comes back byte for byte, with its size and hash, once per build', async () => {
    const dataset = await loadDataset(VALID, 'fixtures');
    const published = buildPublished(dataset, version, history, spilledDownloads(tempDir('pok-spill-')));
    const expected = buildDataFiles(dataset, { version, license: published.context.license });
    expect(published.files.map((file) => file.path)).toEqual(expected.map((file) => file.path));
    expect(published.files.every((file) => file.content === '')).toBe(true);
    for (const file of expected) {
      expect(published.bytes.get(file.path), file.path).toBe(Buffer.byteLength(file.content, 'utf8'));
      expect(published.files.find((f) => f.path === file.path)!.md5, file.path).toBe(file.md5);
      expect(takeDownload(published, file.path, true).toString('utf8'), file.path).toBe(file.content);
    }
    // A build writes each file once; a second request is a mistake. `astro dev` asks as often as it likes.
    expect(() => takeDownload(published, expected[0].path, true)).toThrow('already written');
    expect(takeDownload(published, expected[0].path, false).toString('utf8')).toBe(expected[0].content);
  });
});
