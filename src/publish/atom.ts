import { escapeXml } from '../format/xml';

/**
 * The site's one Atom 1.0 writer, for /feed.xml (decisions and money facts) and
 * /data/wijzigingen/atom.xml (data versions). Ids are absolute IRIs; links may be paths.
 */

/** One entry of an Atom feed: a decision, a spending fact, a data version. */
export interface FeedEntry {
  /** Permanent URL of the fact (page plus anchor); relative in a preview build. */
  url: string;
  /** The entry's id (an absolute IRI); the url when left out. */
  id?: string;
  title: string;
  summary: string;
  /** When the fact was added or last changed: an ISO date-time (from git), or a YYYY-MM-DD date. */
  updated: string;
  /** Category label, e.g. "Besluit" or "Besteding"; none for a data version. */
  category?: string;
}

/** The feed itself. */
export interface Feed {
  title: string;
  /** Left out when there is nothing to add to the title. */
  subtitle?: string;
  /** URL of the feed (relative in a preview build). */
  selfUrl: string;
  /** The feed's id (an absolute IRI); selfUrl when left out. */
  id?: string;
  /** Absolute URL of the home page. */
  siteUrl: string;
  author: string;
  entries: FeedEntry[];
  /** Keep only the newest entries; a feed reader wants news, and the feed stays small at national scale. */
  limit?: number;
  /**
   * When the feed was built (an ISO date-time): its `updated` when it has no entries. Required, so
   * an empty feed never falls back to a made-up date such as the epoch.
   */
  builtAt: string;
}

/** An RFC 3339 time in UTC, as Atom wants it; a bare date is midnight UTC. */
const timestamp = (date: string) =>
  date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Atom 1.0 XML, newest entry first; the feed's own date is that of its newest entry, or the build's when it has none. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries]
    .sort((a, b) => Date.parse(timestamp(b.updated)) - Date.parse(timestamp(a.updated)) || a.url.localeCompare(b.url))
    .slice(0, feed.limit ?? Infinity);
  const updated = entries[0]?.updated ?? feed.builtAt;
  const body = entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id ?? e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <updated>${timestamp(e.updated)}</updated>
${e.category === undefined ? '' : `    <category term="${escapeXml(e.category)}"/>\n`}    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escapeXml(feed.id ?? feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
${feed.subtitle === undefined ? '' : `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n`}  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${timestamp(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${body}
</feed>
`;
}
