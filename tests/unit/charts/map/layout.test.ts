import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { compactPath, layoutMap } from '../../../../src/charts/map/layout';

// Two unit squares side by side near 5°E 52°N (synthetic, not real boundaries).
const topology = {
  type: 'Topology',
  arcs: [
    [
      [5, 52],
      [5, 52.1],
      [5.1, 52.1],
      [5.1, 52],
      [5, 52],
    ],
    [
      [5.1, 52],
      [5.1, 52.1],
      [5.2, 52.1],
      [5.2, 52],
      [5.1, 52],
    ],
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
  test('coordinates are whole units (at most one decimal)', () => {
    const out = layoutMap(topology, 'g', 600);
    const numbers = out.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.every((n) => !n.includes('.') || n.split('.')[1].length <= 1)).toBe(true);
  });
});

/** The absolute points of a compact path (M x,y then relative steps, z), for checking it. */
function absolutePoints(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [, start, rest] = /^M(-?\d+,-?\d+)l?(.*)$/.exec(ring)!;
    let [x, y] = start.split(',').map(Number);
    const points: [number, number][] = [[x, y]];
    for (const [dx, dy] of [...rest.matchAll(/(-?\d+),(-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])])) {
      x += dx;
      y += dy;
      points.push([x, y]);
    }
    rings.push(points);
  }
  return rings;
}

describe('compactPath', () => {
  test('keeps every point, rounded, as relative steps; drops a point that rounds onto the previous one', () => {
    const d = 'M10.4,20.6L15.2,18.1L15.4,18.3L9.6,30.5Z M100,100L98.7,101.2L100,100Z';
    const out = compactPath(d);
    expect(out).toBe('M10,21l5,-3-5,13zM100,100l-1,1 1,-1z');
    expect(absolutePoints(out)).toEqual([
      [
        [10, 21],
        [15, 18],
        [10, 31],
      ],
      [
        [100, 100],
        [99, 101],
        [100, 100],
      ],
    ]);
  });
  test('a projected path starts with an absolute move and goes on in relative steps', () => {
    const layout = layoutMap(topology, 'g', 600);
    for (const shape of layout.shapes) expect(shape.d).toMatch(/^M\d+,\d+l/);
  });
});
