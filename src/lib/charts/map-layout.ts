import { geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** One gemeente shape: its CBS code, name and SVG path (coordinates rounded to one decimal). */
export interface MapShape {
  code: string;
  name: string;
  d: string;
  /** Centre of the shape, for a symbol on it (rounded to one decimal). */
  centroid: [number, number];
}

/** Projects a TopoJSON gemeente layer with Mercator fitted to `width`; paths use a fixed precision. */
export function layoutMap(topology: Topology, objectName: string, width = 600): { width: number; height: number; shapes: MapShape[] } {
  const object = topology.objects[objectName] as GeometryCollection<{ statcode?: string; statnaam?: string }> | undefined;
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
    d: path(f as GeoPermissibleObjects) ?? '',
    centroid: path.centroid(f as GeoPermissibleObjects).map((v) => Math.round(v * 10) / 10) as [number, number],
  }));
  return { width, height, shapes };
}
