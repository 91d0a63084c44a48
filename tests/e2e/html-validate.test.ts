import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { allHtmlFiles, outDir } from './page-types';

/*
 * The HTML gate: html-validate on every built page with the repository's .htmlvalidate.json
 * (html-validate:recommended plus the choices explained in README), 0 errors and 0 warnings.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
// Read from the repository, because the output directory may be a temporary folder outside it.
const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const files = allHtmlFiles();

describe('html-validate', () => {
  test('finds every built page, including the 404 page', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    expect(files.length).toBeGreaterThan(300);
  });

  test('reports nothing on any built page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(outDir, file));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  }, 240_000);
});
