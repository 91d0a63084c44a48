import type { Topology } from 'topojson-specification';
// Imported through the module graph, so a build works from any working directory; the file is a
// copy of ../shared/sources/geo (see README.md beside it).
import raw from './gemeente_2024.topojson?raw';
import { layoutMap } from './layout';
import type { MapLayout } from './layout';

/** The 2024 gemeente boundaries. */
export function loadTopology(): Topology {
  return JSON.parse(raw) as Topology;
}

let projected: MapLayout | null = null;

/**
 * The 2024 boundaries projected at the width of both maps. The boundaries are a file in the code,
 * not site data, so this does not go stale on a data edit (an edit of the file reloads this module).
 */
export function gemeenteMap(): MapLayout {
  projected ??= layoutMap(loadTopology(), 'gemeente_2024', 600);
  return projected;
}
