import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from '../../../src/images/woff-to-sfnt';

describe('woffToSfnt', () => {
  test('rejects a file that is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
  });
  test('unpacks the site font into a TrueType file with the same tables', () => {
    const woff = readFileSync(
      new URL('../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', import.meta.url),
    );
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
    expect(view.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
  });
});
