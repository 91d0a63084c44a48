import { geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** One gemeente shape: its CBS code, name and SVG path (whole units, relative moves: see compactPath). */
export interface MapShape {
  code: string;
  name: string;
  d: string;
  /** Centre of the shape, for a symbol on it (rounded to one decimal). */
  centroid: [number, number];
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
}

/** Projects a TopoJSON gemeente layer with Mercator fitted to `width`; paths use a fixed precision. */
export function layoutMap(topology: Topology, objectName: string, width = 600): MapLayout {
  const object = topology.objects[objectName] as
    GeometryCollection<{ statcode?: string; statnaam?: string }> | undefined;
  if (!object || object.geometries.length === 0) return { width, height: 0, shapes: [] };
  const collection = feature(topology, object);
  const projection = geoMercator();
  // Fit to width only; the height follows from the country's shape.
  projection.fitWidth(width, collection as GeoPermissibleObjects);
  const path = geoPath(projection).digits(1);
  const bounds = path.bounds(collection as GeoPermissibleObjects);
  const height = Math.ceil(bounds[1][1]);
  const shapes = collection.features.map((f) => ({
    code: String(f.properties?.statcode ?? f.id),
    name: String(f.properties?.statnaam ?? f.id),
    d: compactPath(path(f as GeoPermissibleObjects) ?? ''),
    centroid: path.centroid(f as GeoPermissibleObjects).map((v) => Math.round(v * 10) / 10) as [number, number],
  }));
  return { width, height, shapes };
}

/**
 * Rewrites an absolute M/L/Z path (as d3-geo writes it) in whole units: each ring starts with an
 * absolute M, the points after it are relative steps, and a point that rounds onto the one before
 * it is dropped. At 600 units wide a unit is at most one screen pixel; the map's paths shrink by
 * about a third (the home page carries 342 of them).
 */
export function compactPath(d: string): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const upper = cmd.toUpperCase();
    if (upper === 'Z') {
      out.push('z');
      continue;
    }
    const [px, py] = args.split(',').map((n) => Math.round(Number(n)));
    if (upper === 'M') {
      out.push(`M${px},${py}`);
      [x, y] = [px, py];
    } else if (px !== x || py !== y) {
      const step = `${px - x},${py - y}`;
      const last = out[out.length - 1];
      // Steps after an "l" need no command letter; a minus sign separates numbers by itself.
      out.push(last.startsWith('M') ? `l${step}` : step.startsWith('-') ? step : ` ${step}`);
      [x, y] = [px, py];
    }
  }
  return out.join('');
}
