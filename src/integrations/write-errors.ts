import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** The path of a write as a message names it. */
const pathOf = (target: unknown) =>
  target instanceof URL ? target.pathname : typeof target === 'string' ? target : 'an open file';

/** Adds the file to an error that does not name it (ENOSPC from write(2) names no path). */
function named(error: unknown, target: unknown): unknown {
  if (error instanceof Error && !error.message.includes(pathOf(target))) {
    error.message = `${error.message} (writing ${pathOf(target)})`;
  }
  return error;
}

/**
 * Makes every write error of this process name the file it could not write. Node's message for
 * a full disk is "ENOSPC: no space left on device, write": it names no file, and Astro passes it
 * on as it is. Wraps fs.promises.writeFile (what Astro writes pages with) and fs.writeFileSync,
 * also for modules that imported them by name; returns a function that puts the originals back.
 */
export function nameWriteErrors(): () => void {
  const { writeFile } = fs.promises;
  const { writeFileSync } = fs;
  fs.promises.writeFile = async function (this: unknown, ...args: Parameters<typeof writeFile>) {
    try {
      return await writeFile.apply(this, args);
    } catch (error) {
      throw named(error, args[0]);
    }
  } as typeof writeFile;
  fs.writeFileSync = function (this: unknown, ...args: Parameters<typeof writeFileSync>) {
    try {
      return writeFileSync.apply(this, args);
    } catch (error) {
      throw named(error, args[0]);
    }
  } as typeof writeFileSync;
  syncBuiltinESMExports();
  return () => {
    fs.promises.writeFile = writeFile;
    fs.writeFileSync = writeFileSync;
    syncBuiltinESMExports();
  };
}
