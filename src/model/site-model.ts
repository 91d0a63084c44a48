/*
 * The site model: everything pages and endpoints read, computed once per build from the validated
 * dataset and the narratives. Pure (no Astro imports): `src/astro/queries.ts` feeds it from
 * Astro's content layer and keeps one model per version of the data.
 *
 * Why: pages used to compute these themselves, so a figure counted for the footer was counted again
 * on every one of 1 700 pages (the footer's source counts alone cost 13 s at national scale), and a
 * source page rebuilt the citations of all sources to show its own.
 */
import { requestContexts } from './request/request-context';
import type { RequestContext } from './request/request-context';
import type { Dataset } from '../data/load-dataset';
import type { RowOf } from '../data/schemas/tables';
import { buildProfiles } from './profile/gemeente-profile';
import type { GemeenteProfile } from './profile/gemeente-profile';
import { summariseCoverage } from './national/coverage-summary';
import { COVERAGE_LEVELS } from './coverage/coverage-level';
import type { CoverageLevel } from './coverage/coverage-level';
import { citationsBySource } from './bronnen/citations';
import type { Citation } from './bronnen/citations';
import { chartSource, sourceCounts, sourcesSentence } from './bronnen/source-standing';
import type { SourceCounts } from './bronnen/source-standing';
import { similarByGemeente } from './similar-by-gemeente';
import type { SimilarSection } from './similar-by-gemeente';
import { gemeenteStory } from './profile/story';
import type { GemeenteStory } from './profile/story';
import { buildCompareData } from './compare-data';
import type { CompareData } from './compare-data';
import { groupNationalMoney } from './national/national-money';
import type { TotalWithParts } from './national/national-money';
import { disagreeingStreams, publishersOf } from './national/disagreements';
import type { Disagreement } from './national/disagreements';
import { aimsAcross } from './national/aims-across';
import type { AimsAcross } from './national/aims-across';
import { allocationsPerInhabitant } from './per-inhabitant';
import type { KnownPerInhabitant } from './per-inhabitant';
import { decisionFilters, newestFirst } from './besluiten/decision-index';
import type { DecisionFilter } from './besluiten/decision-index';
import { POPULATION_YEAR_MAX, YEAR_MAX, YEAR_MIN } from '../site/years';
import { useTranslations } from '../i18n/ui';
import { narrativeKeyIssues } from '../data/narratives/narrative-keys';
import type { NarrativeKind } from '../data/narratives/narrative-kinds';
import { DataValidationError } from '../data/validate/issue';

/** A narrative (MDX) as the model needs it: the key it belongs to, its file, and the entry to render. */
export interface Narrative<Entry> {
  key: string;
  /** Path from the project root, e.g. `content/gemeenten/diemen.mdx`. */
  file: string;
  entry: Entry;
}

export interface SiteModel<BesluitEntry = unknown, GemeenteEntry = unknown> {
  dataset: Dataset;
  profiles: Map<string, GemeenteProfile>;
  bronnen: Map<string, RowOf<'bronnen'>>;
  /** Every source as a chart block names it (title, page, document or where it lies, warning), by id. */
  chartSources: Map<string, ReturnType<typeof chartSource>>;
  besluiten: Map<string, RowOf<'besluiten'>>;
  besluitVerhalen: Map<string, BesluitEntry>;
  gemeenteVerhalen: Map<string, GemeenteEntry>;
  /**
   * Current gemeenten per coverage level and the base they are counted from; `withFacts`: the
   * current gemeenten with facts (amounts, decisions or mentions), by name.
   */
  coverage: {
    base: number;
    levels: readonly CoverageLevel[];
    counts: Record<CoverageLevel, number>;
    withFacts: GemeenteProfile[];
  };
  /** Every claim about the sources (footer, /over/, /bronnen/), counted once. */
  sources: { counts: SourceCounts; sentence: string };
  /** Every place each source is cited, by source id. */
  citations: Map<string, Citation[]>;
  /** The "vergelijkbare gemeenten" section of each gemeente page, by cbs_code. */
  similar: Map<string, SimilarSection>;
  /** The compare view's data: the static default, /vergelijk/gegevens.json and the suggestions read this one object. */
  compare: CompareData;
  /** National money: each stated total with its parts, the streams linked to none, each stream sources describe differently (once), who says it. */
  national: {
    totals: TotalWithParts[];
    unlinked: RowOf<'rijksmiddelen'>[];
    disagreements: Disagreement[];
    publishers: string[];
  };
  /** Gemeenten per aim of their current lines. */
  aims: AimsAcross;
  /** The Rijk's allocation per inhabitant where known, in the last year with CBS population figures. */
  perInhabitant: { year: number; known: Map<string, KnownPerInhabitant> };
  /** Decisions newest first, and the filters of /besluiten/. */
  decisions: {
    newest: RowOf<'besluiten'>[];
    filters: Record<'gemeente' | 'orgaan' | 'uitkomst' | 'jaar', DecisionFilter[]>;
  };
  /** The story of each gemeente page (what is known, what is not), by cbs_code. */
  stories: Map<string, GemeenteStory>;
  /** What a request for each gemeente's documents is filled in from, by cbs_code; none for a gemeente gone before 2021. */
  requests: Map<string, RequestContext>;
}

/**
 * Narratives by key. The build checked them already (src/data/narratives/); this keeps the model
 * honest on its own: a key without a row, or two narratives for one key, stops it, naming the
 * files, instead of one narrative silently replacing the other.
 */
function narrativesByKey<E>(dataset: Dataset, kind: NarrativeKind, narratives: Narrative<E>[]): Map<string, E> {
  const issues = narrativeKeyIssues(
    narratives.map(({ key, file }) => ({ kind, file, key, line: 1 })),
    dataset,
  );
  if (issues.length > 0) throw new DataValidationError(issues);
  return new Map(narratives.map((n) => [n.key, n.entry]));
}

/** Builds the model. Throws when a narrative has no CSV row, or shares its row with another. */
export function buildSiteModel<B, G>(
  dataset: Dataset,
  besluitVerhalen: Narrative<B>[],
  gemeenteVerhalen: Narrative<G>[],
): SiteModel<B, G> {
  const besluitNarratives = narrativesByKey(dataset, 'besluiten', besluitVerhalen);
  const gemeenteNarratives = narrativesByKey(dataset, 'gemeenten', gemeenteVerhalen);
  const profiles = buildProfiles(dataset);
  const counts = sourceCounts(dataset);
  const bronnen = new Map(dataset.bronnen.map((b) => [b.id, b]));
  const compare = buildCompareData(profiles.values(), YEAR_MIN, YEAR_MAX, (id) => chartSource(bronnen.get(id)!));
  return {
    dataset,
    profiles,
    bronnen,
    chartSources: new Map(dataset.bronnen.map((b) => [b.id, chartSource(b)])),
    besluiten: new Map(dataset.besluiten.map((b) => [b.id, b])),
    besluitVerhalen: besluitNarratives,
    gemeenteVerhalen: gemeenteNarratives,
    coverage: {
      ...summariseCoverage(profiles.values()),
      levels: COVERAGE_LEVELS,
      withFacts: withFacts(profiles.values()),
    },
    sources: { counts, sentence: sourcesSentence(counts) },
    citations: citationsBySource(dataset),
    similar: similarByGemeente(profiles, new Set(Object.keys(compare.bedragen))),
    compare,
    national: {
      ...groupNationalMoney(dataset.rijksmiddelen),
      disagreements: disagreeingStreams(dataset.rijksmiddelen),
      publishers: publishersOf(dataset.rijksmiddelen, (id) => bronnen.get(id)?.uitgever),
    },
    aims: aimsAcross(profiles.values()),
    perInhabitant: {
      year: POPULATION_YEAR_MAX,
      known: allocationsPerInhabitant(dataset, POPULATION_YEAR_MAX, (id) => bronnen.get(id)?.titel),
    },
    decisions: decisionIndex(dataset),
    stories: new Map([...profiles].map(([code, profile]) => [code, gemeenteStory(profile)])),
    requests: requestContexts(profiles, bronnen, dataset.verzoekwegen),
  };
}

/** Current gemeenten with facts (amounts, decisions or plans, mentions), by name. */
function withFacts(profiles: Iterable<GemeenteProfile>): GemeenteProfile[] {
  return [...profiles]
    .filter(
      (p) =>
        p.gemeente.geldig_tot === null &&
        (p.coverage === 'bedragen' || p.coverage === 'besluiten' || p.coverage === 'genoemd'),
    )
    .sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
}

/** The decisions newest first and the filters of /besluiten/ (gemeente, body, outcome, year). */
function decisionIndex(dataset: Dataset): SiteModel['decisions'] {
  const t = useTranslations('nl');
  const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
  const filters = decisionFilters(dataset.besluiten, (code) => gemeenten.get(code)!, { body: (b) => t(`body.${b}`) });
  return { newest: newestFirst(dataset.besluiten), filters };
}
