import { createHash } from 'node:crypto';
import type { PublishedFile } from './published-files';

/** A file with its content, and the size (UTF-8 bytes) and MD5 hash of that content. */
export function withContent(file: Omit<PublishedFile, 'content' | 'bytes' | 'md5'>, content: string): PublishedFile {
  return {
    ...file,
    content,
    bytes: Buffer.byteLength(content, 'utf8'),
    md5: createHash('md5').update(content, 'utf8').digest('hex'),
  };
}
