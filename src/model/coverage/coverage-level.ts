import { REQUEST_RESULTS } from '../../data/schemas/vocab';

/**
 * How much is known about a gemeente, one definition everywhere on the site:
 * bedragen (amounts known), besluiten (decisions or plans without amounts), genoemd (only
 * mentioned), opgevraagd (no facts, but the documents were asked for), niets-gevonden (searched,
 * nothing found), niet-onderzocht (never searched).
 */
export const COVERAGE_LEVELS = [
  'bedragen',
  'besluiten',
  'genoemd',
  'opgevraagd',
  'niets-gevonden',
  'niet-onderzocht',
] as const;
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
  // A request (and its answer, received or refused) says more than a search that found nothing.
  if (facts.searches.some((search) => (REQUEST_RESULTS as readonly string[]).includes(search.resultaat)))
    return 'opgevraagd';
  if (facts.searches.length > 0) return 'niets-gevonden';
  return 'niet-onderzocht';
}

/** True for the levels where data/ holds facts about the gemeente (not only searches or requests). */
export const hasFacts = (level: CoverageLevel) => level === 'bedragen' || level === 'besluiten' || level === 'genoemd';
