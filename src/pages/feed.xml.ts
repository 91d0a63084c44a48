import type { APIRoute } from 'astro';
import { dataHistory, siteModel } from '../astro/queries';
import { atomFeed } from '../publish/atom';
import type { FeedEntry } from '../publish/atom';
import { rowChangeTimes, rowTime } from '../publish/row-dates';
import type { TableName } from '../data/schemas/tables';
import { formatAmount, formatEuro } from '../format/money';
import { formatDate } from '../format/date';
import { formatPer, formatShift, formatYears } from '../format/period';
import { ADDRESS, SITE } from '../site/config';
import { PREVIEW_LABEL } from '../site/public-address';
import { dataVersion } from '../site/data-version';
import { useTranslations } from '../i18n/ui';
import { decisionNoun, decisionOutcome } from '../model/besluiten/decision-outcome';

const t = useTranslations('nl');
/** Newest entries kept in the feed; the full history is in /data/wijzigingen/. */
const FEED_LIMIT = 200;

/**
 * Atom feed of decisions and money facts (allocations, spending lines, shifts). An entry's date
 * is the commit time at which its row in data/ was added or last changed (the row-by-row history
 * of /data/wijzigingen/), so a changed figure shows up again; a row the history does not know
 * (uncommitted, or older than a shallow clone) gets the data version's date.
 */
export const GET = (async () => {
  const { dataset, profiles } = await siteModel();
  const fallback = dataVersion().date ?? new Date().toISOString().slice(0, 10);
  const times = rowChangeTimes(await dataHistory());
  const changed = (table: TableName) => (id: string) => rowTime(times, table, { id }) ?? fallback;
  const gemeente = (code: string) => profiles.get(code)!.gemeente;
  const url = (path: string) => ADDRESS.link(path);

  const besluitDate = changed('besluiten');
  const bestedingDate = changed('bestedingen');
  const toekenningDate = changed('toekenningen');
  const verschuivingDate = changed('verschuivingen');
  const entries: FeedEntry[] = [
    ...dataset.besluiten.map((b) => ({
      url: url(`/besluiten/${b.id}/`),
      id: ADDRESS.iri(`/besluiten/${b.id}/`),
      title: `${gemeente(b.cbs_code).naam}: ${b.strekking}`,
      summary: `${formatDate(b.datum)}, ${t(`body.${b.orgaan}`).toLowerCase()}: ${decisionOutcome(b).label.toLowerCase()}.`,
      updated: besluitDate(b.id),
      category: decisionNoun(b),
    })),
    ...dataset.bestedingen.map((row) => ({
      url: url(`/gemeenten/${gemeente(row.cbs_code).slug}/#besteding-${row.id}`),
      id: ADDRESS.iri(`/gemeenten/${gemeente(row.cbs_code).slug}/#besteding-${row.id}`),
      title: `${gemeente(row.cbs_code).naam}: ${row.maatregel}`,
      summary: `${t(`phase.${row.fase}`)}, ${formatYears(row)}: ${row.bedrag_eur === null ? 'geen bedrag genoemd' : `${formatAmount(row.bedrag_eur, row.bedrag_precisie)} ${formatPer(row.per)}`.trim()}.`,
      updated: bestedingDate(row.id),
      category: 'Besteding',
    })),
    ...dataset.toekenningen.map((row) => ({
      url: url(`/gemeenten/${gemeente(row.cbs_code).slug}/#toekenning-${row.id}`),
      id: ADDRESS.iri(`/gemeenten/${gemeente(row.cbs_code).slug}/#toekenning-${row.id}`),
      title: `${gemeente(row.cbs_code).naam}: geld van het Rijk, ${formatYears(row)}`,
      summary: `${row.bedrag_eur === null ? 'geen bedrag genoemd' : `${formatAmount(row.bedrag_eur, row.bedrag_precisie)} ${formatPer(row.per)}`.trim()} (${row.route}).`,
      updated: toekenningDate(row.id),
      category: 'Toekenning',
    })),
    ...dataset.verschuivingen.map((row) => ({
      url: url(`/gemeenten/${gemeente(row.cbs_code).slug}/#verschuiving-${row.id}`),
      id: ADDRESS.iri(`/gemeenten/${gemeente(row.cbs_code).slug}/#verschuiving-${row.id}`),
      title: `${gemeente(row.cbs_code).naam}: geld verschoven ${formatShift(row)}`,
      summary: `${formatEuro(row.bedrag_eur)} ${formatShift(row)}.`,
      updated: verschuivingDate(row.id),
      category: 'Verschuiving',
    })),
  ];
  const xml = atomFeed({
    title: `${SITE.name}: nieuwe en gewijzigde besluiten en bedragen${ADDRESS.base ? '' : ` (${PREVIEW_LABEL})`}`,
    subtitle: SITE.tagline,
    selfUrl: url('/feed.xml'),
    id: ADDRESS.iri('/feed.xml'),
    siteUrl: url('/'),
    author: SITE.publisher,
    entries,
    limit: FEED_LIMIT,
    builtAt: new Date().toISOString(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}) satisfies APIRoute;
