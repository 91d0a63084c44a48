import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))));
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes RGBA pixels (8 bits per channel, rows top to bottom) as a PNG. resvg-js can do this too
 * (`asPng`), but took 20 ms per share image; zlib at level 3 without row filters takes 5 ms for a
 * file of the same size (measured on 1200 × 630 cards), and a national build draws over a thousand.
 */
export function encodeRgbaPng(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  const source = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  // Each row starts with its filter type; 0 (none) is already there from Buffer.alloc.
  for (let y = 0; y < height; y += 1) source.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 3 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Adds an iTXt chunk (UTF-8 text) just before the PNG's IEND chunk. */
export function addPngText(png: Uint8Array, keyword: string, text: string): Buffer {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const buffer = Buffer.from(png);
  const iend = buffer.length - 12;
  return Buffer.concat([buffer.subarray(0, iend), pngChunk('iTXt', data), buffer.subarray(iend)]);
}

/** Reads an iTXt chunk back from a PNG, or null when it has none with that keyword. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  const buffer = Buffer.from(png);
  for (let at = 8; at + 8 <= buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = buffer.subarray(at + 8, at + 8 + length);
      const end = data.indexOf(0);
      if (data.toString('latin1', 0, end) === keyword) {
        // Skip compression flag, method, and the empty language tag and translated keyword.
        let textStart = end + 3;
        textStart = data.indexOf(0, textStart) + 1;
        textStart = data.indexOf(0, textStart) + 1;
        return data.toString('utf8', textStart);
      }
    }
    at += 12 + length;
  }
  return null;
}
