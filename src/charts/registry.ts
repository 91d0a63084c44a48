import type { SiteData } from '../lib/content/queries';
import type { ChartSpec } from './shared/chart-spec';
import { gemeenteCharts } from './lanes/spec';
import { aimsAcrossChart, coverageMatrixChart, nationalMoneyChart } from './national-money/spec';
import { coverageMapChart } from './coverage-map/spec';
import { allocationMapChart } from './allocation-map/spec';
import { compareDefault } from './compare/default';

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
