import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset';
import type { DataEntry, DataFiles } from '../../src/data/validate-dataset';
import type { DataIssue } from '../../src/data/validate/issue';
import {
  BAD,
  cases,
  dataCases,
  entriesOf,
  filesOf,
  isNarrativeCase,
  keysOf,
  readValidFiles,
} from '../unit/data/corpus-cases';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';

/*
 * Parity of the build and /meedoen/: EVERY data case of the bad-data corpus (tests/fixtures/bad/,
 * also cases added later) goes through the build's validateDataset in Node and through the checker
 * module that /meedoen/ loads in Chromium (the same entry point its checkContribution calls), and
 * both must report the same issues: file, line, column, rule, value and message. The narrative
 * cases (a changed content/*.mdx) are the build's alone: /meedoen/ takes rows for data/, never a
 * narrative, so there is nothing of theirs for it to check; the test counts them apart, so no case
 * is skipped without being named.
 *
 * How the cases about files reach the browser: the checker takes the files' bytes, as the build
 * does, and parses them with the same pure parser (encoding, byte-order mark, quoting, header), so
 * a Latin-1 or BOM case is the same bytes in both. A missing file is a table left out of the
 * files. What else data/ holds (a directory, a link, a named pipe, a stray file) is listed by
 * readDataDirectory, the one part that needs a disk (node:fs); its list of entries is passed to
 * both as is, the way the build passes it.
 */

const base = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface BrowserCase {
  name: string;
  /** Each table's bytes, base64 (page.evaluate carries JSON only). */
  files: Record<string, string>;
  entries: DataEntry[];
}

const toBase64 = (files: DataFiles) =>
  Object.fromEntries(Object.entries(files).map(([table, bytes]) => [table, Buffer.from(bytes!).toString('base64')]));

/** What is compared of an issue: where it is, its rule, the offending value and the message. */
const shape = (issues: DataIssue[]) =>
  issues
    .map(
      (issue) =>
        `${issue.file}:${issue.line} ${issue.column ?? '-'} ${issue.rule} ${JSON.stringify(issue.value ?? null)} ${issue.message}`,
    )
    .sort();

describe('the build and /meedoen/ in Chromium', () => {
  test('report the same issues for every case of the bad-data corpus, and none for the valid data', async () => {
    // Every folder of the corpus is a case: a data case here, or a narrative case (not for /meedoen/).
    expect(cases.map((c) => c.name)).toEqual(readdirSync(BAD).sort());
    const narratives = cases.filter(isNarrativeCase);
    expect([...dataCases, ...narratives].map((c) => c.name).sort()).toEqual(cases.map((c) => c.name));
    const input: BrowserCase[] = [
      { name: '(valid)', files: toBase64(readValidFiles()), entries: [] },
      ...dataCases.map((badCase) => ({
        name: badCase.name,
        files: toBase64(filesOf(badCase)),
        entries: entriesOf(badCase),
      })),
    ];

    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    const inBrowser = await page.evaluate(async (all) => {
      type Checker = {
        validateDataset: (files: Record<string, Uint8Array>, dir: string, entries: unknown[]) => { issues: unknown[] };
      };
      const form = document.querySelector('contribute-form') as HTMLElement & { load(): Promise<[unknown, Checker]> };
      const [, checker] = await form.load();
      const bytes = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
      return all.map(({ name, files, entries }) => {
        const decoded = Object.fromEntries(Object.entries(files).map(([table, text]) => [table, bytes(text)]));
        return { name, issues: checker.validateDataset(decoded, 'data', entries).issues };
      });
    }, input);
    await context.close();
    expect(errors).toEqual([]);

    expect(inBrowser.map((result) => result.name)).toEqual(input.map((c) => c.name));
    const [valid, ...bad] = inBrowser;
    expect(valid.issues).toEqual([]);
    expect(validateDataset(readValidFiles()).issues).toEqual([]);
    expect(bad).toHaveLength(dataCases.length);
    bad.forEach((result, index) => {
      const badCase = dataCases[index];
      const inBuild = validateDataset(filesOf(badCase), 'data', entriesOf(badCase)).issues;
      // The build reports what the case expects, so no case passes by both sides reporting nothing.
      expect(keysOf(inBuild), badCase.name).toEqual(keysOf(badCase.issues));
      expect(shape(result.issues as DataIssue[]), badCase.name).toEqual(shape(inBuild));
    });
  });
});
