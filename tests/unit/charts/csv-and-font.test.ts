import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from '../../../src/lib/charts/woff-to-sfnt';
import { renderLanesSvg } from '../../../src/charts/lanes/render';
import { layoutPeriodLanes } from '../../../src/charts/lanes/layout';

describe('woffToSfnt', () => {
  test('rejects a file that is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
  });
  test('unpacks the site font into a TrueType file with the same tables', () => {
    const woff = readFileSync('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
    expect(view.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
  });
});

describe('renderLanesSvg', () => {
  test('a missing amount is hatched and labelled, a zero is not', () => {
    const layout = layoutPeriodLanes([{ key: 'a', label: 'A', items: [
      { id: 'm', from: 2022, to: 2022, per: 'totaal', amount: null, label: 'niet gemeld', kind: 'begroot' },
      { id: 'z', from: 2024, to: 2024, per: 'totaal', amount: 0, label: '€ 0', kind: 'begroot' },
    ] }], 2021, 2027);
    const svg = renderLanesSvg(layout, { id: 't', title: 'T', desc: 'D' });
    expect(svg).toMatch(/data-id="m"><rect[^>]*fill="url\(#t-hatch\)"/);
    expect(svg).toMatch(/data-id="z"><rect[^>]*fill="#fde3b8"/);
    expect(svg).toContain('niet gemeld');
  });
});
