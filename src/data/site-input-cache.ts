// The validated input of a build (the rows of data/, checked together with the narratives of
// content/), kept on disk by a hash of everything that decides it: the bytes of every file read,
// what else data/ holds, and the code that checks them. The content loaders check the input once
// and store only this hash in Astro's content layer; the site model reads the rows back by it.
//
// Why not the rows themselves in the content layer: Astro bundles its whole data store into the
// site's code as one JSON string. At national scale that string was 63 MB, which the bundler held
// on to for the rest of the build (about 500 MB of memory) and every build parsed again. And a
// rebuild with the same input checked every row again; with the hash it reads the rows back.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Dataset } from './load-dataset';
import type { DataEntry, DataFiles } from './validate-dataset';
import type { NarrativeFile } from './narratives/narrative-kinds';

/** Change when the form of a stored dataset changes. */
const FORMAT = 'pok-site-input 1';
/** Datasets kept beside the newest: a build running beside another one with other data still finds its own. */
const KEEP = 3;

/** SHA-256 over the parts, each prefixed with its length, so that no two lists give the same bytes. */
function hashParts(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** Every file below a folder, as paths relative to `root` with forward slashes, sorted. */
function filesBelow(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A hash of the code that checks the input: every file in src/ and the installed packages (their
 * lock files). Wider than the checks alone (src/data/ and zod), so that no module the checks
 * come to import can be missed; an edit elsewhere in src/ only costs one more check.
 */
export function checkCodeVersion(root: string): string {
  const files = [...filesBelow(join(root, 'src'), root), ...['package-lock.json', 'node_modules/.package-lock.json'].filter((file) => existsSync(join(root, file)))];
  return hashParts(files.flatMap((file) => [file, readFileSync(join(root, file))]));
}

/** The key of one input: the code that checks it, each table file, what else data/ holds, each narrative. */
export function siteInputKey(codeVersion: string, files: DataFiles, entries: readonly DataEntry[], narratives: readonly NarrativeFile[]): string {
  const tables = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1));
  return hashParts([
    FORMAT,
    codeVersion,
    ...tables.flatMap(([table, bytes]) => [`table:${table}`, bytes!]),
    ...entries.map((entry) => `entry:${entry.name}:${entry.kind}:${entry.error ?? ''}`),
    ...narratives.flatMap((file) => [`narrative:${file.kind}:${file.path}`, file.bytes]),
  ]);
}

/** Where the datasets are kept: a folder of Astro's cache folder (beside its data store). */
export const siteInputFolder = (cacheDir: string) => join(cacheDir, 'pok-site-input');
const fileOf = (folder: string, key: string) => join(folder, `${key}.v8`);

/** True when a dataset with this key is stored (it is then marked as used, so it is kept). */
export function hasSiteInput(folder: string, key: string): boolean {
  const file = fileOf(folder, key);
  if (!existsSync(file)) return false;
  const now = new Date();
  utimesSync(file, now, now);
  return true;
}

/** Stores a validated dataset under its key, and lets go of all but the most recently used few. */
export function storeSiteInput(folder: string, key: string, dataset: Dataset): void {
  mkdirSync(folder, { recursive: true });
  // Temp file and rename: a build that stops halfway, or two builds at once, never leave half a file.
  const temp = `${fileOf(folder, key)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, serialize(dataset));
  renameSync(temp, fileOf(folder, key));
  const stored = readdirSync(folder)
    .filter((name) => name.endsWith('.v8'))
    .map((name) => ({ name, used: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { name } of stored.slice(KEEP + 1)) rmSync(join(folder, name), { force: true });
}

/** The validated dataset with this key; throws when it is not stored (the content loaders store it first). */
export function readSiteInput(folder: string, key: string): Dataset {
  const file = fileOf(folder, key);
  if (!existsSync(file)) throw new Error(`The checked data ${key.slice(0, 12)}… is not in ${folder}; build again (the content loaders store it).`);
  return deserialize(readFileSync(file)) as Dataset;
}
