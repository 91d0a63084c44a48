import { COVERAGE_LEVELS } from '../coverage/coverage-level';
import type { CoverageLevel } from '../coverage/coverage-level';
import type { GemeenteProfile } from '../profile/gemeente-profile';

/** How many current gemeenten are at each coverage level, with the base they are counted from. */
export function summariseCoverage(profiles: Iterable<GemeenteProfile>): { base: number; counts: Record<CoverageLevel, number> } {
  const counts = Object.fromEntries(COVERAGE_LEVELS.map((level) => [level, 0])) as Record<CoverageLevel, number>;
  let base = 0;
  for (const profile of profiles) {
    // The base is the gemeenten of 2024; former gemeenten have pages but are not counted.
    if (profile.gemeente.geldig_tot !== null) continue;
    base++;
    counts[profile.coverage]++;
  }
  return { base, counts };
}
