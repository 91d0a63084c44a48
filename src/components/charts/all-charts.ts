import type { SiteData } from '../../lib/content/queries';
import type { ChartSpec } from './chart-spec';
import { gemeenteCharts } from './gemeente-charts';
import { aimsAcrossChart, coverageMatrixChart, nationalMoneyChart } from './national-charts';
import { coverageMapChart } from './map-chart';
import { allocationMapChart } from './allocation-map-chart';
import { compareDefault } from './compare-default';

let cached: ChartSpec[] | null = null;

/** Every chart on the site (national, map, per gemeente), computed once per build for the download endpoints. */
export function allCharts(data: SiteData): ChartSpec[] {
  cached ??= [
    nationalMoneyChart(data),
    aimsAcrossChart(data),
    coverageMatrixChart(data),
    coverageMapChart(data),
    allocationMapChart(data),
    ...compareDefault(data).specs,
    ...[...data.profiles.values()].flatMap((p) => gemeenteCharts(p, (id) => data.bronnen.get(id)?.uitgever)),
  ];
  return cached;
}
