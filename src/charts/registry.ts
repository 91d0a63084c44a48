/**
 * Every chart of the site, in one list: the national page's, the comparison's and each gemeente
 * page's. Pure functions of their input, so a caller that builds them once per build (the site
 * model) decides what to keep; nothing here is cached between calls.
 */
import type { SiteData } from '../astro/queries';
import type { GemeenteProfile } from '../model/profile/gemeente-profile';
import type { ChartSpec } from './shared/chart-spec';
import { nationalMoneyChart } from './national-money/spec';
import { aimsAcrossChart } from './count-bars/spec';
import { coverageMatrixChart } from './coverage-matrix/spec';
import { coverageMapChart } from './coverage-map/spec';
import { allocationMapChart } from './allocation-map/spec';
import { compareDefault } from './compare/default';
import { aimLanesChart, moneyLanesChart } from './lanes/spec';
import { decisionsChart } from './timeline/spec';

/** The national charts (home page and /vergelijk/), by name. */
export function nationalCharts(data: SiteData) {
  return {
    nationalMoney: nationalMoneyChart(data),
    aimsAcross: aimsAcrossChart(data),
    coverageMatrix: coverageMatrixChart(data),
    coverageMap: coverageMapChart(data),
    allocationMap: allocationMapChart(data),
    /** The compare data, its default state and the two static charts of that state. */
    compare: compareDefault(data),
  };
}

/** The charts of one gemeente page, in page order; only charts with something to show. */
export function gemeenteCharts(p: GemeenteProfile, publisher?: (bron: string) => string | undefined): ChartSpec[] {
  return [moneyLanesChart(p, publisher), aimLanesChart(p), decisionsChart(p)].filter((c): c is ChartSpec => c !== null);
}

/** Every chart on the site, national first, for the /grafieken/ downloads. */
export function allCharts(data: SiteData): ChartSpec[] {
  return [...nationalList(nationalCharts(data)), ...[...data.profiles.values()].flatMap((p) => gemeenteCharts(p, (id) => data.bronnen.get(id)?.uitgever))];
}

/** The national charts as a list, in the order of the /grafieken/ downloads. */
export function nationalList(national: ReturnType<typeof nationalCharts>): ChartSpec[] {
  return [national.nationalMoney, national.aimsAcross, national.coverageMatrix, national.coverageMap, national.allocationMap, ...national.compare.specs];
}
