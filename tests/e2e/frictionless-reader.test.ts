import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Package } from 'datapackage';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { parseCsv } from '../unit/publish/frictionless-check';

/*
 * The built data package read by a real consumer: the Frictionless JavaScript reader
 * (`datapackage`, with `tableschema`), as a journalist's or developer's script would. Every listed
 * resource is read with its schema (types, constraints, keys) and its foreign keys resolved.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const descriptorPath = `${dist}data/datapackage.json`;

/** Reads every resource; the problems found, as the reader words them. */
async function readAll(path: string): Promise<{ problems: string[]; counts: Map<string, number> }> {
  const pkg = await Package.load(path);
  const problems = pkg.errors.map((e) => `package: ${e.message}`);
  const counts = new Map<string, number>();
  for (const resource of pkg.resources) {
    try {
      if (resource.tabular) {
        counts.set(resource.name, (await resource.read({ keyed: true, relations: true })).length);
      } else {
        JSON.parse((await resource.rawRead()).toString('utf8'));
        counts.set(resource.name, -1);
      }
    } catch (error) {
      const inner = (error as { errors?: Error[] }).errors ?? [];
      problems.push(`${resource.name}: ${(error as Error).message}${inner.map((e) => `; ${e.message}`).join('')}`);
    }
  }
  return { problems, counts };
}

/** A copy of the package's CSV resources (the references between them intact), `edit` applied to one file. */
function tamperedCopy(file: string, edit: (text: string) => string): string {
  const dir = tempDir('pok-dp-');
  const pkg = JSON.parse(readFileSync(descriptorPath, 'utf8')) as {
    resources: { path: string; bytes?: number; hash?: string }[];
  };
  pkg.resources = pkg.resources.filter((r) => r.path.endsWith('.csv')).map(({ bytes, hash, ...rest }) => rest);
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(pkg));
  for (const { path } of pkg.resources) {
    const text = readFileSync(`${dist}data/${path}`, 'utf8');
    writeFileSync(join(dir, path), path === file ? edit(text) : text);
  }
  return join(dir, 'datapackage.json');
}

describe('the Frictionless JavaScript reader', () => {
  test('loads the built datapackage.json as a valid package', async () => {
    const pkg = await Package.load(descriptorPath);
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.length).toBeGreaterThan(20);
  });

  test('reads every listed resource with schema validation and foreign keys: 0 errors, every row', async () => {
    const { problems, counts } = await readAll(descriptorPath);
    expect(problems).toEqual([]);
    // As many rows as data/ has (parsed here with Papa), so no row is silently skipped.
    for (const [name, count] of counts) {
      if (count < 0) continue;
      const file = name === 'alles' ? `${dist}data/alles.csv` : `${root}data/${name}.csv`;
      expect(count, name).toBe(parseCsv(readFileSync(file, 'utf8')).rows.length);
    }
    expect([...counts.keys()]).toContain('alles');
  });

  test('would catch a broken foreign key, a wrong type and a byte-order mark (the checks are real)', async () => {
    const badKey = await readAll(tamperedCopy('onderzocht.csv', (t) => t.replace(/\nGM\d{4},/, '\nGM9999,')));
    expect(badKey.problems.join('\n')).toMatch(/onderzocht: .*foreign key/i);
    const badYear = await readAll(
      tamperedCopy('inwoners.csv', (t) => t.replace(/\n(GM\d{4}),2022,/, '\n$1,tweeduizend tweeëntwintig,')),
    );
    expect(badYear.problems.join('\n')).toMatch(/inwoners: .*jaar/i);
    const bom = await readAll(tamperedCopy('onderzocht.csv', (t) => `\uFEFF${t}`));
    expect(bom.problems.join('\n')).toMatch(/onderzocht: .*cbs_code/i);
  });
});
