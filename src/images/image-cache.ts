// Images drawn in an earlier build, kept by a hash of what they show, so that a rebuild with
// unchanged data draws none of them. The folder lives outside dist/ and is ignored by git; the
// key covers everything that decides the bytes (the input, the renderer version, the font bytes),
// so an entry is never stale: a change gives a new key, and the old file is simply not read.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class ImageCache {
  /** Images drawn by this cache (not found in the folder); the unit test and the bench read it. */
  drawn = 0;
  /** Images read back from the folder. */
  reused = 0;
  private readonly dir: string | null;

  /** `dir` null: no caching, every image is drawn (still counted). */
  constructor(dir: string | null) {
    this.dir = dir;
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** The image with this key from the folder, or drawn by `draw` and then stored. */
  async through(parts: readonly (string | Uint8Array)[], draw: () => Promise<Buffer>): Promise<Buffer> {
    if (!this.dir) return this.count(await draw());
    const file = join(this.dir, `${imageKey(parts)}.png`);
    try {
      const png = await readFile(file);
      this.reused += 1;
      return png;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const png = this.count(await draw());
    // Temp file and rename: a build that stops halfway, or two builds at once, never leave half a PNG.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
    return png;
  }

  private count(png: Buffer): Buffer {
    this.drawn += 1;
    return png;
  }
}

/** SHA-256 over the parts, each prefixed with its length so that no two lists give the same bytes. */
export function imageKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}
