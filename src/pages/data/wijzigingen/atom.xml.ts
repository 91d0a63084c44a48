import type { APIRoute } from 'astro';
import { SITE } from '../../../lib/site/config';
import { atomFeed } from '../../../lib/opendata/atom-feed';
import { dataHistory } from '../_published';
import type { DataHistory } from '../../../lib/opendata/changelog';

const feedNotice = (history: DataHistory) =>
  history.status === 'no-history' ? `Geen wijzigingen bekend: ${history.reason}` : history.status === 'shallow' ? 'Onvolledig: gebouwd uit een ondiepe kopie; oudere wijzigingen ontbreken.' : undefined;

/** Atom feed of the data changes; empty of entries (and saying why on the page) without history. */
export const GET: APIRoute = () => {
  const history = dataHistory();
  const pageUrl = new URL('/data/wijzigingen/', SITE.url).href;
  const body = atomFeed(history.commits, { title: `${SITE.name}: wijzigingen in de data`, pageUrl, feedUrl: new URL('atom.xml', pageUrl).href, author: SITE.publisher, notice: feedNotice(history) });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
