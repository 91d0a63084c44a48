import { COVERAGE_LEVELS } from '../coverage/coverage-level';
import type { CoverageLevel } from '../coverage/coverage-level';
import type { GemeenteProfile } from '../profile/gemeente-profile';

/** How many current gemeenten are at each coverage level, with the base they are counted from. */
export function summariseCoverage(profiles: Iterable<GemeenteProfile>): {
  base: number;
  counts: Record<CoverageLevel, number>;
} {
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

/**
 * The home page's one sentence of what the site knows, with its base: "Wij kennen bedragen van 6
 * van de 342 gemeenten; van 3 besluiten, plannen of bestedingen zonder bedrag, van 5 alleen een vermelding en van 328
 * nog niets." Parts with no gemeente are left out.
 */
export function coverageSentence({ base, counts }: { base: number; counts: Record<CoverageLevel, number> }): string {
  const nothing = counts['niets-gevonden'] + counts['niet-onderzocht'];
  const rest = [
    counts.besluiten > 0 ? `van ${counts.besluiten} besluiten, plannen of bestedingen zonder bedrag` : null,
    counts.genoemd > 0 ? `van ${counts.genoemd} alleen een vermelding` : null,
    counts.opgevraagd > 0 ? `van ${counts.opgevraagd} zijn de stukken opgevraagd` : null,
    nothing > 0 ? `van ${nothing} nog niets` : null,
  ].filter((part): part is string => part !== null);
  const head = `Wij kennen bedragen van ${counts.bedragen} van de ${base} gemeenten`;
  if (rest.length === 0) return `${head}.`;
  return `${head}; ${rest.length === 1 ? rest[0] : `${rest.slice(0, -1).join(', ')} en ${rest[rest.length - 1]}`}.`;
}
