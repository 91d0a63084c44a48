import fs from 'node:fs';
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nameWriteErrors } from '../../../src/integrations/write-errors';

// /dev/full answers every write with ENOSPC, the error of a full disk, whose message names no file.
const FULL = '/dev/full';

describe('nameWriteErrors', () => {
  test('a full disk is reported without a file name by Node itself', async () => {
    await expect(fs.promises.writeFile(FULL, 'x')).rejects.toThrow(/^ENOSPC: no space left on device, write$/);
  });

  test('makes fs.promises.writeFile (what Astro writes pages with) name the file, and restores it', async () => {
    const restore = nameWriteErrors();
    try {
      await expect(fs.promises.writeFile(FULL, '<html>')).rejects.toThrow(
        `ENOSPC: no space left on device, write (writing ${FULL})`,
      );
      await expect(fs.promises.writeFile(new URL(`file://${FULL}`), '<html>')).rejects.toThrow(`(writing ${FULL})`);
    } finally {
      restore();
    }
    await expect(fs.promises.writeFile(FULL, 'x')).rejects.toThrow(/write$/);
  });

  test('names the file for writeFileSync, also when it was imported by name', () => {
    const restore = nameWriteErrors();
    try {
      expect(() => writeFileSync(FULL, 'x')).toThrow(`(writing ${FULL})`);
      expect(() => fs.writeFileSync(FULL, 'x')).toThrow(`(writing ${FULL})`);
    } finally {
      restore();
    }
    expect(() => fs.writeFileSync(FULL, 'x')).toThrow(/write$/);
  });

  test('leaves a message that names its file as it is', async () => {
    const restore = nameWriteErrors();
    try {
      await expect(fs.promises.writeFile('/nonexistent-folder/x.html', 'x')).rejects.toThrow(
        "ENOENT: no such file or directory, open '/nonexistent-folder/x.html'",
      );
    } finally {
      restore();
    }
  });
});
