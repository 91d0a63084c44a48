/*
 * The site model: everything pages and endpoints read, computed once per build from the validated
 * dataset and the narratives. Pure (no Astro imports): `src/astro/queries.ts` feeds it from
 * Astro's content layer and keeps one model per version of the data.
 *
 * Why: pages used to compute these themselves, so a figure counted for the footer was counted again
 * on every one of 1 700 pages (the footer's source counts alone cost 13 s at national scale), and a
 * source page rebuilt the citations of all sources to show its own.
 */
import type { Dataset } from '../data/load-dataset';
import type { RowOf } from '../data/schemas/tables';
import { buildProfiles } from './profile/gemeente-profile';
import type { GemeenteProfile } from './profile/gemeente-profile';
import { summariseCoverage } from './national/coverage-summary';
import type { CoverageLevel } from './coverage/coverage-level';
import { citationsBySource } from './bronnen/citations';
import type { Citation } from './bronnen/citations';
import { sourceCounts, sourcesSentence } from './bronnen/source-standing';
import type { SourceCounts } from './bronnen/source-standing';
import { similarByGemeente } from './similar-by-gemeente';
import type { SimilarSection } from './similar-by-gemeente';
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
  besluiten: Map<string, RowOf<'besluiten'>>;
  besluitVerhalen: Map<string, BesluitEntry>;
  gemeenteVerhalen: Map<string, GemeenteEntry>;
  /** Current gemeenten per coverage level, and the base they are counted from. */
  coverage: { base: number; counts: Record<CoverageLevel, number> };
  /** Every claim about the sources (footer, /over/, /bronnen/), counted once. */
  sources: { counts: SourceCounts; sentence: string };
  /** Every place each source is cited, by source id. */
  citations: Map<string, Citation[]>;
  /** The "vergelijkbare gemeenten" section of each gemeente page, by cbs_code. */
  similar: Map<string, SimilarSection>;
}

/**
 * Narratives by key. The build checked them already (src/data/narratives/); this keeps the model
 * honest on its own: a key without a row, or two narratives for one key, stops it, naming the
 * files, instead of one narrative silently replacing the other.
 */
function narrativesByKey<E>(dataset: Dataset, kind: NarrativeKind, narratives: Narrative<E>[]): Map<string, E> {
  const issues = narrativeKeyIssues(narratives.map(({ key, file }) => ({ kind, file, key, line: 1 })), dataset);
  if (issues.length > 0) throw new DataValidationError(issues);
  return new Map(narratives.map((n) => [n.key, n.entry]));
}

/** Builds the model. Throws when a narrative has no CSV row, or shares its row with another. */
export function buildSiteModel<B, G>(dataset: Dataset, besluitVerhalen: Narrative<B>[], gemeenteVerhalen: Narrative<G>[]): SiteModel<B, G> {
  const besluitNarratives = narrativesByKey(dataset, 'besluiten', besluitVerhalen);
  const gemeenteNarratives = narrativesByKey(dataset, 'gemeenten', gemeenteVerhalen);
  const profiles = buildProfiles(dataset);
  const counts = sourceCounts(dataset);
  return {
    dataset,
    profiles,
    bronnen: new Map(dataset.bronnen.map((b) => [b.id, b])),
    besluiten: new Map(dataset.besluiten.map((b) => [b.id, b])),
    besluitVerhalen: besluitNarratives,
    gemeenteVerhalen: gemeenteNarratives,
    coverage: summariseCoverage(profiles.values()),
    sources: { counts, sentence: sourcesSentence(counts) },
    citations: citationsBySource(dataset),
    similar: similarByGemeente(profiles),
  };
}
