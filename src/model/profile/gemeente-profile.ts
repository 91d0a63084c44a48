import { ascending, descending, group } from 'd3-array';
import type { Dataset } from '../../data/load-dataset';
import type { RowOf } from '../../data/schemas/tables';
import { coverageLevel } from '../coverage/coverage-level';
import type { CoverageLevel } from '../coverage/coverage-level';
import { replacements } from './year-versions';
import type { Replacement } from './year-versions';
import { carriedForward } from './carried-forward';
import type { CarriedForward } from './carried-forward';

type Gemeente = RowOf<'gemeenten'>;

/**
 * A spending line, with the newer line that replaces it and for which years: each year shows the
 * newest document that covers it, so an older line stays for the years no newer one covers.
 */
export type ProfileBesteding = RowOf<'bestedingen'> & { vervangenDoor: string | null; vervanging: Replacement | null };

/** An allocation, with the years carried forward from "structureel" (not stated one by one). */
export type ProfileToekenning = RowOf<'toekenningen'> & { doorgetrokken: CarriedForward | null };

/** Everything data/ holds about one gemeente, ready for its page. */
export interface GemeenteProfile {
  gemeente: Gemeente;
  opgegaanIn: Gemeente | null;
  voorgangers: Gemeente[];
  inwoners: RowOf<'inwoners'>[];
  toekenningen: ProfileToekenning[];
  bestedingen: ProfileBesteding[];
  verschuivingen: RowOf<'verschuivingen'>[];
  besluiten: RowOf<'besluiten'>[];
  resultaten: RowOf<'resultaten'>[];
  vermeldingen: RowOf<'vermeldingen'>[];
  /** Searches, newest first (the reverse of their order in onderzocht.csv). */
  onderzocht: RowOf<'onderzocht'>[];
  coverage: CoverageLevel;
  /** Ids of every source cited on the page, in order of first use. */
  bronIds: string[];
}

const byCode = <T extends { cbs_code: string }>(rows: T[]) => group(rows, (row) => row.cbs_code);

/** Builds the profile of every gemeente in gemeenten.csv, keyed by CBS code. */
export function buildProfiles(dataset: Dataset): Map<string, GemeenteProfile> {
  const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
  const versions = replacements(dataset.bestedingen);
  const titles = new Map(dataset.bronnen.map((b) => [b.id, b.titel]));
  const bronTitel = (id: string) => titles.get(id);
  const tables = {
    inwoners: byCode(dataset.inwoners),
    toekenningen: byCode(dataset.toekenningen),
    bestedingen: byCode(dataset.bestedingen),
    verschuivingen: byCode(dataset.verschuivingen),
    besluiten: byCode(dataset.besluiten),
    resultaten: byCode(dataset.resultaten),
    vermeldingen: byCode(dataset.vermeldingen),
    onderzocht: byCode(dataset.onderzocht),
  };
  const profiles = new Map<string, GemeenteProfile>();
  for (const gemeente of dataset.gemeenten) {
    const code = gemeente.cbs_code;
    const rows = <K extends keyof typeof tables>(key: K) => [...(tables[key].get(code) ?? [])] as NonNullable<ReturnType<(typeof tables)[K]['get']>>;
    const bestedingen = rows('bestedingen')
      .map((b) => ({ ...b, vervangenDoor: versions.get(b.id)?.by ?? null, vervanging: versions.get(b.id) ?? null }))
      .sort((a, b) => ascending(a.jaar_van ?? 0, b.jaar_van ?? 0) || ascending(a.id, b.id));
    const profile: GemeenteProfile = {
      gemeente,
      opgegaanIn: gemeente.opgegaan_in ? (gemeenten.get(gemeente.opgegaan_in) ?? null) : null,
      voorgangers: dataset.gemeenten.filter((g) => g.opgegaan_in === code),
      inwoners: rows('inwoners').sort((a, b) => ascending(a.jaar, b.jaar)),
      toekenningen: rows('toekenningen').map((t) => ({ ...t, doorgetrokken: carriedForward(t, bronTitel) })).sort((a, b) => ascending(a.jaar_van ?? 0, b.jaar_van ?? 0) || ascending(a.id, b.id)),
      bestedingen,
      verschuivingen: rows('verschuivingen').sort((a, b) => ascending(a.van_jaar ?? 0, b.van_jaar ?? 0) || ascending(a.naar_jaar ?? 9999, b.naar_jaar ?? 9999)),
      besluiten: rows('besluiten').sort((a, b) => ascending(a.datum, b.datum)),
      resultaten: rows('resultaten').sort((a, b) => ascending(a.jaar, b.jaar) || ascending(a.id, b.id)),
      vermeldingen: rows('vermeldingen').sort((a, b) => ascending(a.datum ?? '', b.datum ?? '') || ascending(a.id, b.id)),
      // onderzocht.csv lists searches in the order they were made (dates are often not recorded): newest last.
      onderzocht: rows('onderzocht').reverse(),
      coverage: 'niet-onderzocht',
      bronIds: [],
    };
    profile.coverage = coverageLevel({
      amounts: profile.toekenningen.length + bestedingen.filter((b) => b.bedrag_eur !== null).length + profile.verschuivingen.length,
      decisionsOrPlans: profile.besluiten.length + bestedingen.filter((b) => b.bedrag_eur === null).length + profile.resultaten.length,
      mentions: profile.vermeldingen.length,
      searches: profile.onderzocht,
    });
    profile.bronIds = [
      ...new Set(
        [profile.toekenningen, profile.bestedingen, profile.verschuivingen, profile.besluiten, profile.resultaten, profile.vermeldingen]
          .flat()
          .map((row) => row.bron),
      ),
    ];
    profiles.set(code, profile);
  }
  return profiles;
}
