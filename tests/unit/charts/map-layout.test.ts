import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { layoutMap } from '../../../src/lib/charts/map-layout';

// Two unit squares side by side near 5°E 52°N (synthetic, not real boundaries).
const topology = {
  type: 'Topology',
  arcs: [
    [[5, 52], [5, 52.1], [5.1, 52.1], [5.1, 52], [5, 52]],
    [[5.1, 52], [5.1, 52.1], [5.2, 52.1], [5.2, 52], [5.1, 52]],
  ],
  objects: {
    g: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: 'GM0001', properties: { statcode: 'GM0001', statnaam: 'Een' } },
        { type: 'Polygon', arcs: [[1]], id: 'GM0002', properties: { statcode: 'GM0002', statnaam: 'Twee' } },
      ],
    },
    leeg: { type: 'GeometryCollection', geometries: [] },
  },
} as unknown as Topology;

describe('layoutMap', () => {
  test('empty input gives no shapes', () => {
    expect(layoutMap(topology, 'leeg', 600).shapes).toEqual([]);
    expect(layoutMap(topology, 'bestaat-niet', 600).shapes).toEqual([]);
  });
  test('one shape per gemeente, with code, name and a path fitted to the width', () => {
    const out = layoutMap(topology, 'g', 600);
    expect(out.shapes.map((s) => [s.code, s.name])).toEqual([
      ['GM0001', 'Een'],
      ['GM0002', 'Twee'],
    ]);
    expect(out.shapes[0].d.startsWith('M')).toBe(true);
    // Two equal squares side by side fill the width: half each, so the height is about 600 / 2 / cos(52°).
    expect(out.height).toBeGreaterThan(480);
    expect(out.height).toBeLessThan(490);
  });
  test('coordinates are rounded to one decimal', () => {
    const out = layoutMap(topology, 'g', 600);
    const numbers = out.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.every((n) => !n.includes('.') || n.split('.')[1].length <= 1)).toBe(true);
  });
});
