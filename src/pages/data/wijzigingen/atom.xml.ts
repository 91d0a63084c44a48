import type { APIRoute } from 'astro';
import { ADDRESS, SITE } from '../../../site/config';
import { PREVIEW_LABEL } from '../../../site/public-address';
import { changesFeed } from '../../../publish/changes-feed';
import { dataHistory } from '../../../astro/queries';
import type { DataHistory } from '../../../publish/changelog';

const feedNotice = (history: DataHistory) =>
  history.status === 'no-history' ? `Geen wijzigingen bekend: ${history.reason} De datum van de feed is die van de bouw.` : history.status === 'shallow' ? 'Onvolledig: gebouwd uit een ondiepe kopie; oudere wijzigingen ontbreken.' : undefined;

/** Atom feed of the data changes; empty of entries (and saying why on the page) without history. */
export const GET: APIRoute = async () => {
  const history = await dataHistory();
  const body = changesFeed(history.commits, {
    title: `${SITE.name}: wijzigingen in de data${ADDRESS.base ? '' : ` (${PREVIEW_LABEL})`}`,
    pageUrl: ADDRESS.link('/data/wijzigingen/'),
    feedUrl: ADDRESS.link('/data/wijzigingen/atom.xml'),
    iri: (url) => (ADDRESS.base ? url : ADDRESS.iri(url)),
    author: SITE.publisher,
    // Without history the feed has no entries: it is dated by this build, never by the epoch.
    builtAt: new Date().toISOString(),
    notice: feedNotice(history),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
