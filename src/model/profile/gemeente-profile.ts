import { ascending, group } from 'd3-array';
import type { Dataset } from '../../data/load-dataset';
import type { RowOf } from '../../data/schemas/tables';
import { coverageLevel } from '../coverage/coverage-level';
import type { CoverageLevel } from '../coverage/coverage-level';
import { replacements } from './year-versions';
import type { Replacement } from './year-versions';
import { carriedForward } from './carried-forward';
import type { CarriedForward } from './carried-forward';
import { currentSpending, versionNote, whollyReplaced } from './current-spending';
import type { Current } from './current-spending';
import { coverageByYear } from '../coverage/coverage-by-year';
import type { YearLevel } from '../coverage/coverage-by-year';
import { YEAR_MAX, YEAR_MIN } from '../../site/years';
import { amountYears, factYears } from '../coverage/stated-years';
import { decisionOutcome, decisionsNoun, isProposal } from '../besluiten/decision-outcome';

type Gemeente = RowOf<'gemeenten'>;

/** A decision or proposal with what was decided, in the words every page and chart shows. */
export type ProfileBesluit = RowOf<'besluiten'> & { uitkomstTekst: string; voorstel: boolean };

/**
 * A spending line, with the newer line that replaces it and for which years: each year shows the
 * newest document that covers it, so an older line stays for the years no newer one covers.
 */
export type ProfileBesteding = RowOf<'bestedingen'> & { vervangenDoor: string | null; vervanging: Replacement | null };

/** An allocation, with the years carried forward from "structureel" (not stated one by one) and what to say about that. */
export type ProfileToekenning = RowOf<'toekenningen'> & {
  doorgetrokken: CarriedForward | null;
  toelichting: string | null;
};

/** A spending line as shown (see currentSpending), with what to say about an older document. */
export type CurrentBesteding = Current<ProfileBesteding> & { toelichting: string | null };

/** Everything data/ holds about one gemeente, ready for its page. */
export interface GemeenteProfile {
  gemeente: Gemeente;
  opgegaanIn: Gemeente | null;
  voorgangers: Gemeente[];
  inwoners: RowOf<'inwoners'>[];
  toekenningen: ProfileToekenning[];
  bestedingen: ProfileBesteding[];
  /** The spending lines shown per year (the newest document per year), worked out once here. */
  current: CurrentBesteding[];
  /** How many spending lines a newer document replaces for every year. */
  replacedWhole: number;
  verschuivingen: RowOf<'verschuivingen'>[];
  /** Decisions and proposals, oldest first, each with what was decided in the site's words (decision-outcome.ts). */
  besluiten: ProfileBesluit[];
  /** What the list is called: "Besluiten", "Voorstellen" or "Besluiten en voorstellen". */
  besluitenNaam: string;
  resultaten: RowOf<'resultaten'>[];
  vermeldingen: RowOf<'vermeldingen'>[];
  /** Searches, newest first (the reverse of their order in onderzocht.csv). */
  onderzocht: RowOf<'onderzocht'>[];
  coverage: CoverageLevel;
  /** Per year YEAR_MIN..YEAR_MAX the strongest kind of fact, then the level of facts without a year. */
  coverageYears: YearLevel[];
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
    const rows = <K extends keyof typeof tables>(key: K) =>
      [...(tables[key].get(code) ?? [])] as NonNullable<ReturnType<(typeof tables)[K]['get']>>;
    const bestedingen = rows('bestedingen')
      .map((b) => ({ ...b, vervangenDoor: versions.get(b.id)?.by ?? null, vervanging: versions.get(b.id) ?? null }))
      .sort((a, b) => ascending(a.jaar_van ?? 0, b.jaar_van ?? 0) || ascending(a.id, b.id));
    const toekenningen = rows('toekenningen')
      .map((t) => {
        const doorgetrokken = carriedForward(t, bronTitel);
        return { ...t, doorgetrokken, toelichting: versionNote({ ...t, doorgetrokken }) };
      })
      .sort((a, b) => ascending(a.jaar_van ?? 0, b.jaar_van ?? 0) || ascending(a.id, b.id));
    const profile = withDerived({
      gemeente,
      opgegaanIn: gemeente.opgegaan_in ? (gemeenten.get(gemeente.opgegaan_in) ?? null) : null,
      voorgangers: dataset.gemeenten.filter((g) => g.opgegaan_in === code),
      inwoners: rows('inwoners').sort((a, b) => ascending(a.jaar, b.jaar)),
      toekenningen,
      bestedingen,
      verschuivingen: rows('verschuivingen').sort(
        (a, b) => ascending(a.van_jaar ?? 0, b.van_jaar ?? 0) || ascending(a.naar_jaar ?? 9999, b.naar_jaar ?? 9999),
      ),
      besluiten: rows('besluiten')
        .sort((a, b) => ascending(a.datum, b.datum))
        .map((b) => ({ ...b, uitkomstTekst: decisionOutcome(b).label, voorstel: isProposal(b) })),
      resultaten: rows('resultaten').sort((a, b) => ascending(a.jaar, b.jaar) || ascending(a.id, b.id)),
      vermeldingen: rows('vermeldingen').sort(
        (a, b) => ascending(a.datum ?? '', b.datum ?? '') || ascending(a.id, b.id),
      ),
      // onderzocht.csv lists searches in the order they were made (dates are often not recorded): newest last.
      onderzocht: rows('onderzocht').reverse(),
    });
    profiles.set(code, profile);
  }
  return profiles;
}

type ProfileRows = Omit<
  GemeenteProfile,
  'current' | 'replacedWhole' | 'coverage' | 'coverageYears' | 'bronIds' | 'besluitenNaam'
>;
const inYear = (year: number | null) => ({ from: year, to: year });
/** One span per year a source ties the fact to (stated-years.ts); a fact tied to no single year goes to "?". */
const spans = (years: number[]) => (years.length ? years.map(inYear) : [inYear(null)]);

/** What follows from a gemeente's rows, worked out once: the lines shown, the coverage (overall and per year), the sources. */
function withDerived(p: ProfileRows): GemeenteProfile {
  const current = currentSpending(p.bestedingen).map((b) => ({ ...b, toelichting: versionNote(b) }));
  const coverage = coverageLevel({
    amounts:
      p.toekenningen.length + p.bestedingen.filter((b) => b.bedrag_eur !== null).length + p.verschuivingen.length,
    decisionsOrPlans:
      p.besluiten.length + p.bestedingen.filter((b) => b.bedrag_eur === null).length + p.resultaten.length,
    mentions: p.vermeldingen.length,
    searches: p.onderzocht,
  });
  // Per year the strongest kind of fact: only the lines shown count (a replaced year is the newer document's).
  const byYear = coverageByYear(
    {
      amounts: [
        ...[...p.toekenningen, ...current.filter((b) => b.bedrag_eur !== null)].flatMap((r) => spans(amountYears(r))),
        ...p.verschuivingen.flatMap((v) => [inYear(v.van_jaar), inYear(v.naar_jaar)]),
      ],
      decisions: [
        ...p.besluiten.map((b) => inYear(Number(b.datum.slice(0, 4)))),
        ...current.filter((b) => b.bedrag_eur === null).flatMap((r) => spans(factYears(r))),
        ...p.resultaten.map((r) => inYear(r.jaar)),
      ],
      mentions: p.vermeldingen.map((v) => inYear(v.datum ? Number(v.datum.slice(0, 4)) : null)),
    },
    YEAR_MIN,
    YEAR_MAX,
  );
  const cited = [p.toekenningen, p.bestedingen, p.verschuivingen, p.besluiten, p.resultaten, p.vermeldingen]
    .flat()
    .map((row) => row.bron);
  return {
    ...p,
    current,
    replacedWhole: p.bestedingen.filter(whollyReplaced).length,
    coverage,
    coverageYears: [...byYear.years, byYear.unknown],
    besluitenNaam: decisionsNoun(p.besluiten),
    bronIds: [...new Set(cited)],
  };
}
