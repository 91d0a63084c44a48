import type { DataCommit } from './changelog';
import { columnChangeText, hasChanges } from './changelog';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Summary of one commit in plain Dutch: per file how many rows were added, changed, removed. */
export function commitSummary(commit: DataCommit): string {
  if (commit.baseUnknown) return 'Wat deze versie veranderde is niet bekend: de geschiedenis ervoor ontbreekt (ondiepe kopie van de repository).';
  const parts = commit.files.filter(hasChanges).map((f) => [`${f.file}: ${f.added.length} toegevoegd, ${f.changed.length} gewijzigd, ${f.removed.length} verwijderd`, ...columnChangeText(f)].join(', '));
  return parts.length > 0 ? parts.join('; ') : 'Geen rijen veranderd (alleen opmaak of volgorde).';
}

/**
 * An Atom feed of the data changes, newest first; `pageUrl` is the URL of /data/wijzigingen/
 * (a path in a preview build, with `iri` turning paths into ids). `notice` says why history is missing or incomplete.
 */
export function atomFeed(commits: readonly DataCommit[], options: { title: string; pageUrl: string; feedUrl: string; author: string; notice?: string; iri?: (url: string) => string }): string {
  const updated = commits[0]?.date ?? '1970-01-01T00:00:00Z';
  // Ids must be absolute IRIs; links may be relative (a preview build has no public address).
  const iri = options.iri ?? ((url: string) => url);
  const entries = commits.map(
    (commit) => `  <entry>
    <id>${escape(iri(`${options.pageUrl}#versie-${commit.short}`))}</id>
    <title>${escape(`${commit.date.slice(0, 10)} (${commit.short}): ${commit.subject}`)}</title>
    <updated>${escape(commit.date)}</updated>
    <link rel="alternate" href="${escape(`${options.pageUrl}#versie-${commit.short}`)}"/>
    <summary>${escape(commitSummary(commit))}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escape(iri(options.feedUrl))}</id>
  <title>${escape(options.title)}</title>
${options.notice ? `  <subtitle>${escape(options.notice)}</subtitle>\n` : ''}  <updated>${escape(updated)}</updated>
  <author><name>${escape(options.author)}</name></author>
  <link rel="self" href="${escape(options.feedUrl)}"/>
  <link rel="alternate" href="${escape(options.pageUrl)}"/>
${entries.join('\n')}
</feed>
`;
}
