import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataDirectory } from '../data/load-dataset';
import { rowsOf, validateSiteInput } from '../data/load-site-input';
import { readNarrativeFiles } from '../data/narratives/read-narratives';
import { DataValidationError } from '../data/validate/issue';
import {
  checkCodeVersion,
  hasSiteInput,
  siteInputFolder,
  siteInputKey,
  storeSiteInput,
} from '../data/site-input-cache';

/**
 * Reads data/ and content/, and checks them unless this very input (same bytes, same checking
 * code) was checked before; returns the folder and key under which the valid dataset is stored
 * (see src/data/site-input-cache.ts). Throws a DataValidationError naming every problem.
 */
async function checkInput(root: string, cacheDir: string): Promise<{ folder: string; key: string }> {
  const [{ files, entries }, narratives] = await Promise.all([
    readDataDirectory(join(root, 'data')),
    readNarrativeFiles(join(root, 'content')),
  ]);
  const key = siteInputKey(checkCodeVersion(root), files, entries, narratives);
  const folder = siteInputFolder(cacheDir);
  if (hasSiteInput(folder, key)) return { folder, key };
  const { tables, issues } = validateSiteInput(files, narratives, 'data', entries);
  if (issues.length > 0) throw new DataValidationError(issues);
  storeSiteInput(folder, key, rowsOf(tables));
  return { folder, key };
}

// The one memo of the content loaders, and why it is right: Astro runs every loader of a sync at
// the same time (the data collection and both narrative collections), and each must wait for the
// same check of data/ and content/ together (references cross files, and the narratives are checked
// against the rows). It holds only the pending check of the current files: `astro dev` forgets it
// when its watcher sees an edit, and the next sync reads and checks the files again.
let pending: Promise<{ folder: string; key: string }> | null = null;

/** Where the checked input (data/ and content/ as they are now) is stored, and its key; throws when anything is invalid. */
export function checkedSiteInput(config: { root: URL; cacheDir: URL }): Promise<{ folder: string; key: string }> {
  pending ??= checkInput(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
  return pending;
}

/** Forget the last check (`astro dev`, after an edit in data/ or content/). */
export function forgetSiteInput(): void {
  pending = null;
}
