export type { ChartSpec } from '../../lib/charts/chart-spec';
