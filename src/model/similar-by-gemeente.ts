/*
 * The "Vergelijk met vergelijkbare gemeenten" section of every gemeente page, computed once for
 * all gemeenten (each page used to map every profile again: quadratic in the number of pages).
 */
import type { GemeenteProfile } from './profile/gemeente-profile';
import { compareSuggestions, similarGemeenten, sizeClass } from './similar';
import type { SimilarCandidate } from './similar';
import { compareQuery } from './compare-state';
import { YEAR_MAX, YEAR_MIN } from '../site/years';

export interface SimilarSection {
  self: SimilarCandidate;
  /** The size class label ("20.000 tot 50.000 inwoners"). */
  sizeLabel: string;
  /** Same province and size class, nearest in population first, each saying whether amounts are known. */
  similar: (SimilarCandidate & { hasAmounts: boolean })[];
  /** Gemeenten with known amounts to compare with, similar ones first. */
  suggested: SimilarCandidate[];
  /** Whether a suggested gemeente is also a similar one (the sentence says "vergelijkbare eerst"). */
  suggestsSimilar: boolean;
  /** The /vergelijk/ address with this gemeente and the suggested ones. */
  compareLink: string;
}

const candidate = (p: GemeenteProfile): SimilarCandidate => ({
  slug: p.gemeente.slug,
  naam: p.gemeente.naam,
  provincie: p.gemeente.provincie,
  inwoners2024: p.inwoners.find((i) => i.jaar === 2024)?.inwoners ?? null,
});

/** The section per cbs_code, for current gemeenten that have similar ones; others have none. `hasAmounts`: slugs with amounts to compare. */
export function similarByGemeente(
  profiles: Map<string, GemeenteProfile>,
  hasAmounts: Set<string>,
): Map<string, SimilarSection> {
  const current = [...profiles.values()].filter((p) => p.gemeente.geldig_tot === null).map(candidate);
  const flagged = current.map((c) => ({ ...c, hasAmounts: hasAmounts.has(c.slug) }));
  const result = new Map<string, SimilarSection>();
  for (const profile of profiles.values()) {
    if (profile.gemeente.geldig_tot !== null) continue;
    const self = candidate(profile);
    const similar = similarGemeenten(self, flagged) as (SimilarCandidate & { hasAmounts: boolean })[];
    if (similar.length === 0) continue;
    const suggested = compareSuggestions(self, flagged);
    result.set(profile.gemeente.cbs_code, {
      self,
      sizeLabel: sizeClass(self.inwoners2024)!.label,
      similar,
      suggested,
      suggestsSimilar: suggested.some((s) => similar.some((m) => m.slug === s.slug)),
      compareLink: `/vergelijk/${compareQuery({ gemeenten: [self.slug, ...suggested.map((s) => s.slug)], maat: 'absoluut', van: YEAR_MIN, tot: YEAR_MAX })}`,
    });
  }
  return result;
}
