/**
 * How much is known about a gemeente, one definition everywhere on the site:
 * bedragen (amounts known), besluiten (decisions or plans without amounts), genoemd (only
 * mentioned), niets-gevonden (searched, nothing found), niet-onderzocht (never searched).
 */
export const COVERAGE_LEVELS = ['bedragen', 'besluiten', 'genoemd', 'niets-gevonden', 'niet-onderzocht'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface CoverageFacts {
  amounts: number;
  decisionsOrPlans: number;
  mentions: number;
  searches: { resultaat: string }[];
}

/** The coverage level of one gemeente from counts of what data/ holds about it. */
export function coverageLevel(facts: CoverageFacts): CoverageLevel {
  if (facts.amounts > 0) return 'bedragen';
  if (facts.decisionsOrPlans > 0) return 'besluiten';
  if (facts.mentions > 0) return 'genoemd';
  if (facts.searches.length > 0) return 'niets-gevonden';
  return 'niet-onderzocht';
}
