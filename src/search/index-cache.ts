// A search index built in an earlier build, kept by a hash of everything it is made from (Pagefind's
// version and options, the code that prepares pages, every page's path and HTML), so that a rebuild with
// unchanged pages copies the index instead of building it again. Like the image cache, an entry
// is never stale: any change gives a new key. Only the newest few entries are kept.
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';

/** Indexes kept; older ones are removed when a new one is stored (a national index is ~12 MB). */
const KEEP = 3;

/**
 * Puts every file of `from` into `to` as a hard link: a national index is some 2 500 files, and
 * copying them took seconds where linking takes a fraction. Nothing writes into an index after
 * Pagefind made it (a next build removes the output and links again), so the two names can share
 * the bytes. Where a link is not possible (another file system), the file is copied.
 */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** SHA-256 over the settings and pages, each part prefixed with its length so no two inputs collide. */
export function searchIndexKey(settings: string, pages: Iterable<{ path: string; html: string | Uint8Array }>): string {
  const hash = createHash('sha256');
  const add = (part: string | Uint8Array) =>
    hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`).update(part);
  add(settings);
  for (const page of pages) {
    add(page.path);
    add(page.html);
  }
  return hash.digest('hex');
}

export class SearchIndexCache {
  /** `dir` null: no caching (POK_SEARCH_CACHE=off). */
  constructor(private readonly dir: string | null) {}

  /** Puts the index with this key into `target` (hard links) and says so; false when there is none. */
  restore(key: string, target: string): boolean {
    if (!this.dir) return false;
    const entry = join(this.dir, key);
    if (!existsSync(entry)) return false;
    rmSync(target, { recursive: true, force: true });
    linkTree(entry, target);
    // Touched, so that pruning keeps the indexes in use.
    const now = new Date();
    utimesSync(entry, now, now);
    return true;
  }

  /** Keeps the index in `source` under this key (hard links to its files). */
  store(key: string, source: string) {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const entry = join(this.dir, key);
    if (existsSync(entry)) return;
    // Linked beside it and renamed: a build that stops halfway, or two at once, never leave half an index.
    const temp = `${entry}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    linkTree(source, temp);
    try {
      renameSync(temp, entry);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(entry)) throw error;
    }
    this.prune();
  }

  /** Removes all but the KEEP most recently used indexes (a temp copy of a build in progress is left alone). */
  private prune() {
    const entries = readdirSync(this.dir!, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[0-9a-f]{64}$/.test(entry.name))
      .map((entry) => ({ path: join(this.dir!, entry.name), used: statSync(join(this.dir!, entry.name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const old of entries.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
  }
}
