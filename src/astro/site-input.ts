import { fileURLToPath } from 'node:url';
import type { Dataset } from '../data/load-dataset';
import { loadSiteInput } from '../data/load-site-input';

// data/ and content/ are checked together, once per build (references cross files, and the
// narratives are checked against the rows); every loader waits for the same check.
let pending: Promise<Dataset> | null = null;

/** The validated dataset; throws a DataValidationError naming every problem in data/ and content/. */
export function checkedSiteInput(root: URL): Promise<Dataset> {
  pending ??= loadSiteInput(fileURLToPath(root));
  return pending;
}

/** Forget the last check (`astro dev`, after an edit in data/ or content/). */
export function forgetSiteInput(): void {
  pending = null;
}
