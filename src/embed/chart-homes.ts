/**
 * Where each chart stands on the site: the page and the anchor an embedded chart links back to.
 * The national charts live on the home page and on /vergelijk/, each gemeente's on its own page.
 */
import type { nationalCharts } from '../charts/registry';
import type { ChartSpec } from '../charts/shared/chart-spec';

type NationalCharts = ReturnType<typeof nationalCharts>;

/** A chart and the path of the page that shows it, with the chart's anchor. */
export interface ChartHome {
  spec: ChartSpec;
  home: string;
}

/** Path of a chart's embed page. */
export const embedPath = (file: string) => `/embed/${file}/`;

/**
 * Every chart that can be embedded, with its home on the site. A chart with nothing to draw keeps
 * its embed page too, with its one sentence (and the few values it has, as a list): an address
 * once embedded elsewhere keeps working when the data no longer carry a drawing (issue 22). The
 * page offers "insluiten" only for a chart with a drawing.
 */
export function chartHomes(
  national: NationalCharts,
  byGemeente: Iterable<[slug: string, specs: readonly ChartSpec[]]>,
): ChartHome[] {
  const groups: [string, readonly ChartSpec[]][] = [
    ['/', [national.nationalMoney, national.coverageMap, national.aimsAcross, national.coverageMatrix]],
    ['/vergelijk/', [...national.compare.specs, national.allocationMap]],
    ...[...byGemeente].map(([slug, specs]): [string, readonly ChartSpec[]] => [`/gemeenten/${slug}/`, specs]),
  ];
  return groups.flatMap(([page, specs]) => specs.map((spec) => ({ spec, home: `${page}#${spec.id}` })));
}
