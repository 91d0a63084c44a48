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

/**
 * The 2024 boundaries projected at the width of both maps, once when this module loads. They are
 * a file in the code, not site data, so they never go stale on a data edit (an edit of the file
 * reloads this module).
 */
const PROJECTED: MapLayout = layoutMap(loadTopology(), 'gemeente_2024', 600);

/** The projected 2024 boundaries. */
export function gemeenteMap(): MapLayout {
  return PROJECTED;
}
