/**
 * Every chart of the site, in one list: the national page's, the comparison's and each gemeente
 * page's. Each chart declares the narrow input it reads in its own folder; the site model fits
 * all of them (the type check says so where src/astro/ passes it in). Pure functions of their
 * input: the caller that builds them once per version of the data decides what to keep.
 */
import type { ChartSpec } from './shared/chart-spec';
import { nationalMoneyChart } from './national-money/spec';
import type { NationalMoneyInput } from './national-money/spec';
import { aimsAcrossChart } from './count-bars/spec';
import type { AimsAcrossInput } from './count-bars/spec';
import { coverageMatrixChart } from './coverage-matrix/spec';
import type { CoverageMatrixInput } from './coverage-matrix/spec';
import { coverageMapChart } from './coverage-map/spec';
import type { CoverageMapInput } from './coverage-map/spec';
import { allocationMapChart } from './allocation-map/spec';
import type { AllocationMapInput } from './allocation-map/spec';
import { compareDefault } from './compare/default';
import type { CompareInput } from './compare/input';
import { aimLanesChart, moneyLanesChart } from './lanes/spec';
import type { GemeenteLanesInput } from './lanes/input';
import { decisionsChart } from './timeline/spec';
import type { DecisionsInput } from './timeline/spec';

/** What the national charts read together: the intersection of their own inputs. */
export type NationalChartsInput = NationalMoneyInput &
  AimsAcrossInput &
  CoverageMatrixInput &
  CoverageMapInput &
  AllocationMapInput & { compare: CompareInput };

/** What a gemeente page's charts read. */
export type GemeenteChartsInput = GemeenteLanesInput & DecisionsInput;

/** The national charts (home page and /vergelijk/), by name. */
export function nationalCharts(data: NationalChartsInput) {
  return {
    nationalMoney: nationalMoneyChart(data),
    aimsAcross: aimsAcrossChart(data),
    coverageMatrix: coverageMatrixChart(data),
    coverageMap: coverageMapChart(data),
    allocationMap: allocationMapChart(data),
    /** The default state of the comparison and the two static charts of that state. */
    compare: compareDefault(data),
  };
}

/** The national charts by name. */
export type NationalCharts = ReturnType<typeof nationalCharts>;

/** The charts of one gemeente page, in page order; only charts with something to show. */
export function gemeenteCharts(p: GemeenteChartsInput, publisher?: (bron: string) => string | undefined): ChartSpec[] {
  return [moneyLanesChart(p, publisher), aimLanesChart(p), decisionsChart(p)].filter((c): c is ChartSpec => c !== null);
}

/** The national charts as a list, in the order of the /grafieken/ downloads. */
export function nationalList(national: NationalCharts): ChartSpec[] {
  return [
    national.nationalMoney,
    national.aimsAcross,
    national.coverageMatrix,
    national.coverageMap,
    national.allocationMap,
    ...national.compare.specs,
  ];
}
