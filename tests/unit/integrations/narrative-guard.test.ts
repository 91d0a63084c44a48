import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import narrativeGuard from '../../../src/integrations/narrative-guard';
import { DataValidationError } from '../../../src/data/validate/issue';

const root = mkdtempSync(join(tmpdir(), 'pok-guard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Load = { handler: (id: string) => null };

/** The guard's Vite plugin, as the integration hands it to Astro for this project root. */
function guardLoad(): Load {
  let plugins: { load: Load; enforce?: string }[] = [];
  const hook = narrativeGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  hook({
    config: { root: pathToFileURL(`${root}/`) },
    updateConfig: (c: { vite: { plugins: typeof plugins } }) => (plugins = c.vite.plugins),
  });
  expect(plugins[0].enforce).toBe('pre');
  return plugins[0].load;
}

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const front = '---\nbesluit: testdorp-2022-03-15-plan\ntitel: SYNTHETISCH verhaal\n---\n\n';

describe('the narrative guard, before the MDX compiler', () => {
  test('lets a narrative of prose through (the module loads as usual)', () => {
    expect(guardLoad().handler(write('content/besluiten/goed.mdx', `${front}## Kop\n\nGewone tekst.\n`))).toBeNull();
  });

  test('stops an import and an expression with file, line, character and rule, before any code is made of them', () => {
    const id = write('content/besluiten/fout.mdx', `${front}import os from 'node:os'\n\n{os.hostname()}\n`);
    let caught: unknown;
    try {
      guardLoad().handler(`${id}?astroContentCollectionEntry=true`);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataValidationError);
    expect((caught as DataValidationError).issues.map((i) => `${i.file}:${i.line}:${i.character} ${i.rule}`)).toEqual([
      'content/besluiten/fout.mdx:6:1 import-export',
      'content/besluiten/fout.mdx:8:1 expression',
    ]);
  });

  test('stops MDX outside the narrative folders, which nothing would check', () => {
    expect(() => guardLoad().handler(write('src/pages/los.mdx', '# Los\n'))).toThrow('rule: narrative-folder');
  });
});
