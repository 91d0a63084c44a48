import type { DataCommit } from './changelog';
import { columnChangeText, hasChanges } from './changelog';
import { atomFeed } from './atom';
import type { FeedEntry } from './atom';

/** Summary of one commit in plain Dutch: per file how many rows were added, changed, removed. */
export function commitSummary(commit: DataCommit): string {
  if (commit.baseUnknown)
    return 'Wat deze versie veranderde is niet bekend: de geschiedenis ervoor ontbreekt (ondiepe kopie van de repository).';
  const parts = commit.files
    .filter(hasChanges)
    .map((f) =>
      [
        `${f.file}: ${f.added.length} toegevoegd, ${f.changed.length} gewijzigd, ${f.removed.length} verwijderd`,
        ...columnChangeText(f),
      ].join(', '),
    );
  return parts.length > 0 ? parts.join('; ') : 'Geen rijen veranderd (alleen opmaak of volgorde).';
}

/** What a feed without entries says, when nothing more specific is known. */
export const NO_CHANGES_NOTICE =
  'Geen wijzigingen bekend: deze feed heeft nog geen berichten. De datum van de feed is die van de bouw.';

/**
 * An Atom feed of the data changes, newest first; `pageUrl` is the URL of /data/wijzigingen/
 * (a path in a preview build, with `iri` turning paths into ids). `notice` says why history is
 * missing or incomplete; a feed without entries always says so, and is dated `builtAt`.
 */
export function changesFeed(
  commits: readonly DataCommit[],
  options: {
    title: string;
    pageUrl: string;
    feedUrl: string;
    author: string;
    builtAt: string;
    notice?: string;
    iri?: (url: string) => string;
  },
): string {
  // Ids must be absolute IRIs; links may be relative (a preview build has no public address).
  const iri = options.iri ?? ((url: string) => url);
  const entries: FeedEntry[] = commits.map((commit) => ({
    url: `${options.pageUrl}#versie-${commit.short}`,
    id: iri(`${options.pageUrl}#versie-${commit.short}`),
    title: `${commit.date.slice(0, 10)} (${commit.short}): ${commit.subject}`,
    summary: commitSummary(commit),
    updated: commit.date,
  }));
  const subtitle = options.notice ?? (entries.length === 0 ? NO_CHANGES_NOTICE : undefined);
  return atomFeed({
    title: options.title,
    subtitle,
    builtAt: options.builtAt,
    selfUrl: options.feedUrl,
    id: iri(options.feedUrl),
    siteUrl: options.pageUrl,
    author: options.author,
    entries,
  });
}
