// Where a build keeps the text of each download between making it and writing it out. At national
// scale the downloads are some 450 MB of text, made before the first of them is written; held in
// memory they were the largest part of the build's peak. In one spill file they are on disk.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Keeps each download's text under its path until its endpoint asks for it. */
export interface DownloadStore {
  put(path: string, content: string): void;
  /** The text as UTF-8 bytes. */
  get(path: string): Buffer<ArrayBuffer>;
  /** Lets go of every text (`astro dev`, when the data changed). */
  close(): void;
}

/** In memory: for tests and small datasets. */
export function memoryDownloads(): DownloadStore {
  const texts = new Map<string, Buffer<ArrayBuffer>>();
  return {
    put: (path, content) => void texts.set(path, Buffer.from(content, 'utf8')),
    get: (path) => texts.get(path) ?? missing(path),
    close: () => texts.clear(),
  };
}

const missing = (path: string): never => {
  throw new Error(`No download /data/${path} in this build.`);
};

/**
 * In one spill file in the system's temp folder (`dir`), appended to as the downloads are made
 * and read back by offset: one file, not one per download, so that the file system does no more
 * than the sequential writes. The file is removed when the process ends.
 */
export function spilledDownloads(dir = tmpdir()): DownloadStore {
  const file = join(dir, `pok-downloads-${process.pid}-${randomBytes(4).toString('hex')}.spill`);
  const fd = openSync(file, 'w+');
  const close = () => {
    process.off('exit', close);
    closeSync(fd);
    rmSync(file, { force: true });
  };
  process.on('exit', close);
  const at = new Map<string, { offset: number; length: number }>();
  let end = 0;
  return {
    put(path, content) {
      const bytes = Buffer.from(content, 'utf8');
      writeSync(fd, bytes, 0, bytes.length, end);
      at.set(path, { offset: end, length: bytes.length });
      end += bytes.length;
    },
    get(path) {
      const place = at.get(path) ?? missing(path);
      const bytes = Buffer.allocUnsafeSlow(place.length);
      readSync(fd, bytes, 0, place.length, place.offset);
      return bytes;
    },
    close,
  };
}
