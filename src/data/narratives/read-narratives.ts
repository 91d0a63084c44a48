import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NARRATIVE_KINDS, NARRATIVE_KIND_NAMES } from './narrative-kinds';
import type { NarrativeFile } from './narrative-kinds';

/**
 * Every narrative in a content directory: `<content>/besluiten/**\/*.mdx` and
 * `<content>/gemeenten/**\/*.mdx`, the files Astro's glob loader reads for the two collections.
 * A missing folder holds no narratives. Paths are `<label>/<folder>/<file>`, sorted.
 */
export async function readNarrativeFiles(contentDir: string, label = 'content'): Promise<NarrativeFile[]> {
  const files: NarrativeFile[] = [];
  for (const kind of NARRATIVE_KIND_NAMES) {
    const folder = NARRATIVE_KINDS[kind].folder;
    let names: string[];
    try {
      names = (await readdir(join(contentDir, folder), { recursive: true })).filter((name) => name.endsWith('.mdx'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names.sort()) {
      files.push({ kind, path: `${label}/${folder}/${name.split('\\').join('/')}`, bytes: new Uint8Array(await readFile(join(contentDir, folder, name))) });
    }
  }
  return files;
}
