import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fullCitation, shortCitation } from '../../src/lib/links/citation';
import { atomFeed } from '../../src/lib/links/atom-feed';
import { dynamicPagePaths, sitemapXml, staticPagePaths } from '../../src/lib/links/sitemap';
import { robotsTxt } from '../../src/lib/links/robots';
import { latest, latestPerGemeente, parseFileTimes, rowChangeTimes, rowTime } from '../../src/lib/links/row-dates';
import { bestAnchor } from '../../src/lib/links/search-anchor';
import { exactTitleFirst } from '../../src/lib/links/search-order';
import { FREE_FIELD_PROMPT, messageHref, reportHref, reportMessage, sendTo } from '../../src/lib/links/report-error';
import { correctionsFor } from '../../src/lib/links/corrections';
import { builtFileFor, checkRegistry, parseRegistry, publishedPaths, redirectTarget } from '../../src/lib/links/url-registry';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/links/${name}`, import.meta.url));
const fixtureRedirects = JSON.parse(readFileSync(fixture('redirects.json'), 'utf8')) as Record<string, string>;
const parts = { title: 'Amstelveen', siteName: 'POK in beeld', publisher: 'Redactie POK in beeld', url: 'https://example.org/gemeenten/amstelveen/', version: '2026-11-23 (a1b2c3d)', consulted: '24 november 2026' };

describe('fullCitation', () => {
  test('names publisher, title, site, URL, data version and date consulted', () => {
    expect(fullCitation(parts)).toBe('Redactie POK in beeld, ‘Amstelveen’, POK in beeld, https://example.org/gemeenten/amstelveen/ (dataversie 2026-11-23 (a1b2c3d), geraadpleegd op 24 november 2026).');
  });
});

describe('shortCitation', () => {
  test('keeps site, URL and data version', () => {
    expect(shortCitation(parts)).toBe('Bron: POK in beeld (https://example.org/gemeenten/amstelveen/), dataversie 2026-11-23 (a1b2c3d).');
  });
});

describe('atomFeed limit', () => {
  test('keeps only the newest entries', () => {
    const entry = (day: number) => ({ url: `https://example.org/${day}`, title: `t${day}`, summary: 's', updated: `2024-01-${String(day).padStart(2, '0')}`, category: 'Besluit' });
    const xml = atomFeed({ title: 'T', subtitle: 'S', selfUrl: 'https://example.org/feed.xml', siteUrl: 'https://example.org/', author: 'A', entries: [1, 5, 3, 9, 7].map(entry), limit: 2 });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('https://example.org/9');
    expect(xml).toContain('https://example.org/7');
    expect(xml).not.toContain('https://example.org/5<');
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'T & t',
    subtitle: 's',
    selfUrl: 'https://example.org/feed.xml',
    siteUrl: 'https://example.org/',
    author: 'A',
    entries: [
      { url: 'https://example.org/a/', title: 'Oud <1>', summary: 's', updated: '2024-01-02', category: 'Besluit' },
      { url: 'https://example.org/b/', title: 'Nieuw', summary: 's', updated: '2025-03-04', category: 'Besteding' },
    ],
  });
  test('escapes text and puts the newest entry first, dated like the feed', () => {
    expect(xml).toContain('<title>T &amp; t</title>');
    expect(xml).toContain('<title>Oud &lt;1&gt;</title>');
    expect(xml.indexOf('https://example.org/b/')).toBeLessThan(xml.indexOf('https://example.org/a/'));
    expect(xml).toContain('<updated>2025-03-04T00:00:00Z</updated>\n  <author>');
  });
});

describe('staticPagePaths', () => {
  test('turns page files into site paths and leaves out routes with parameters and the 404 page', () => {
    const files = ['/src/pages/index.astro', '/src/pages/over.astro', '/src/pages/gemeenten/index.astro', '/src/pages/gemeenten/[slug].astro', '/src/pages/404.astro', '/src/pages/data/licentie.mdx'];
    expect(staticPagePaths(files)).toEqual(['/', '/data/licentie/', '/gemeenten/', '/over/']);
  });
});

describe('dynamicPagePaths', () => {
  test('fills route parameters from getStaticPaths entries', () => {
    expect(dynamicPagePaths('/gemeenten/[slug].astro', [{ params: { slug: 'diemen' } }, { params: { slug: 's-hertogenbosch' } }])).toEqual(['/gemeenten/diemen/', '/gemeenten/s-hertogenbosch/']);
    expect(dynamicPagePaths('/bronnen/[...pad]/index.astro', [{ params: { pad: 'a/b' } }, { params: { pad: undefined } }])).toEqual(['/bronnen/a/b/', '/bronnen/']);
  });
});

describe('sitemapXml', () => {
  test('lists each URL once, escaped', () => {
    const xml = sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=2', 'https://e.org/b/']);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://e.org/a/?x=1&amp;y=2</loc>');
  });

  test('a preview sitemap lists nothing and says why in a comment that cannot break the XML', () => {
    const xml = sitemapXml([], 'voorbeeldversie -- geen adres');
    expect(xml).not.toContain('<url>');
    expect(xml).toContain('<!-- voorbeeldversie - - geen adres -->');
  });
});

describe('robotsTxt', () => {
  test('names the sitemap when there is a full address, and only a comment in a preview', () => {
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n');
    expect(robotsTxt(null, 'voorbeeldversie')).toBe('User-agent: *\nAllow: /\n\n# voorbeeldversie\n');
  });
});

describe('rowChangeTimes', () => {
  const commit = (date: string, file: string, change: { added?: string[]; changed?: string[]; removed?: string[] }) => ({
    hash: date,
    short: date.slice(0, 7),
    date,
    subject: 's',
    baseUnknown: false,
    files: [{ file, added: change.added ?? [], changed: (change.changed ?? []).map((key) => ({ key, columns: ['x'] })), removed: change.removed ?? [], columns: { added: [], removed: [], renamed: [] } }],
  });
  // Newest first, as readDataHistory gives it.
  const history = {
    status: 'ok' as const,
    commits: [
      commit('2024-11-24T10:00:00+00:00', 'data/besluiten.csv', { changed: ['diemen-x'], removed: ['weg'] }),
      commit('2023-11-14T09:00:00+00:00', 'data/besluiten.csv', { added: ['diemen-x', 'amstelveen-y', 'weg'] }),
    ],
  };
  test('dates each row by the commit that last added or changed it; a removed row has no date', () => {
    const times = rowChangeTimes(history).get('data/besluiten.csv')!;
    expect([...times]).toEqual([
      ['diemen-x', '2024-11-24T10:00:00+00:00'],
      ['amstelveen-y', '2023-11-14T09:00:00+00:00'],
    ]);
  });
  test('finds a parsed row by its table key, also a composite one (onderzocht: cbs_code and datum)', () => {
    const times = rowChangeTimes({ status: 'ok', commits: [commit('2026-12-01T12:00:00+00:00', 'data/onderzocht.csv', { added: ['GM0014-2026-11-22'] })] });
    expect(rowTime(times, 'onderzocht', { cbs_code: 'GM0014', datum: '2026-11-22' })).toBe('2026-12-01T12:00:00+00:00');
    expect(rowTime(times, 'onderzocht', { cbs_code: 'GM0014', datum: '2026-11-23' })).toBeNull();
    expect(latest('2024-01-02', '2024-01-02T10:00:00+01:00')).toBe('2024-01-02T10:00:00+01:00');
    expect(latest(null, '2024-01-02')).toBe('2024-01-02');
  });
});

describe('bestAnchor', () => {
  const anchors = [
    { element: 'dl', id: 'samenvatting', location: 4 },
    { element: 'h2', id: 'plan', location: 50 },
    { element: 'section', id: 'bestedingen', location: 179 },
    { element: 'tr', id: 'besteding-diemen-klacht', location: 384 },
    { element: 'section', id: 'bronnen', location: 663 },
  ];
  test('prefers the figure row that holds a match', () => {
    expect(bestAnchor(anchors, [60, 390])).toBe('besteding-diemen-klacht');
  });
  test('otherwise takes the element before the first match', () => {
    expect(bestAnchor(anchors, [700, 60])).toBe('plan');
  });
  test('gives no anchor when a match comes before any id (the page title), even if a row matches too', () => {
    expect(bestAnchor(anchors, [1, 390])).toBeNull();
  });
});

describe('reportHref', () => {
  const figure = { permalink: 'https://e.org/gemeenten/diemen/#besteding-x', value: '€ 1.000 per jaar', title: 'Diemen' };
  test('gives no link while no address or repository is configured', () => {
    expect(reportHref({ contactEmail: null, repositoryUrl: null }, figure)).toBeNull();
  });
  test('opens a prefilled e-mail with the permalink and the value once an address is set', () => {
    const link = reportHref({ contactEmail: 'fouten@example.org', repositoryUrl: 'https://git.example.org/pok' }, figure)!;
    expect(link.kind).toBe('mail');
    expect(link.href.startsWith('mailto:fouten@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(link.href.split('&body=')[1]);
    expect(body).toContain('https://e.org/gemeenten/diemen/#besteding-x');
    expect(body).toContain('€ 1.000 per jaar');
  });
  test('opens a new issue on the repository when only a repository is set', () => {
    const link = reportHref({ contactEmail: null, repositoryUrl: 'https://git.example.org/pok/' }, figure)!;
    expect(link.kind).toBe('issue');
    expect(link.href.startsWith('https://git.example.org/pok/issues/new?title=')).toBe(true);
  });
  test('the ready text names the link, the figure as shown and the data version, and ends where the reader writes', () => {
    const { body } = reportMessage({ ...figure, dataVersion: '2026-11-23 (a1b2c3d)' });
    expect(body).toContain('Link: https://e.org/gemeenten/diemen/#besteding-x');
    expect(body).toContain('Zoals op de site: € 1.000 per jaar');
    expect(body).toContain('Dataversie: 2026-11-23 (a1b2c3d)');
    expect(body.trimEnd().endsWith(FREE_FIELD_PROMPT)).toBe(true);
  });
  test('a contribution message goes the same way, with its own subject and body', () => {
    const link = messageHref({ contactEmail: 'tips@example.org', repositoryUrl: null }, { subject: 'Nieuwe bron: x', body: 'regels' })!;
    expect(link.href).toBe('mailto:tips@example.org?subject=Nieuwe%20bron%3A%20x&body=regels');
  });
});

describe('sendTo', () => {
  test('names the address, else the repository, else the publisher, and links only what exists', () => {
    expect(sendTo({ contactEmail: 'tips@example.org', repositoryUrl: 'https://git.example.org/pok' }, 'Redactie')).toEqual({ text: 'Stuur de tekst per e-mail naar tips@example.org', href: 'mailto:tips@example.org' });
    expect(sendTo({ contactEmail: null, repositoryUrl: 'https://git.example.org/pok/' }, 'Redactie').href).toBe('https://git.example.org/pok/issues/new');
    expect(sendTo({ contactEmail: null, repositoryUrl: null }, 'Redactie')).toEqual({ text: 'Stuur de tekst aan de uitgever van deze site, Redactie', href: null });
  });
});

describe('correctionsFor', () => {
  test('finds the corrections of one row only', () => {
    const list = [{ id: 'c1', datum: '2026-12-01', rij: 'a', was: '€ 1', wordt: '€ 2', uitleg: 'typfout' }];
    expect(correctionsFor('a', list)).toHaveLength(1);
    expect(correctionsFor('b', list)).toHaveLength(0);
  });
});

describe('checkRegistry', () => {
  const dist = fixture('dist');
  const registry = (name: string) => parseRegistry(readFileSync(fixture(name), 'utf8'));
  test('passes when every registered URL is built or redirected to a built page', () => {
    expect(checkRegistry(registry('registry-ok.txt'), dist, fixtureRedirects)).toEqual([]);
  });
  test('fails on a registered page that is no longer built and has no redirect', () => {
    expect(checkRegistry(registry('registry-removed.txt'), dist, fixtureRedirects)).toEqual([
      { path: '/gemeenten/verdwenen/', reason: 'is no longer built and has no redirect: add one to src/lib/links/redirects.ts' },
    ]);
  });
  test('fails on a redirect whose target is not built', () => {
    expect(checkRegistry(['/gemeenten/wees/'], dist, fixtureRedirects)).toEqual([{ path: '/gemeenten/wees/', reason: 'redirects to /gemeenten/weg/, which is not built' }]);
  });
  test('fails on a redirect the build did not emit', () => {
    expect(checkRegistry(['/gemeenten/elders/'], dist, { '/gemeenten/elders/': '/gemeenten/nieuw/' })[0].reason).toContain('did not emit');
  });
  test('maps paths to built files and reads redirect pages', () => {
    expect(builtFileFor('/')).toBe('index.html');
    expect(builtFileFor('/gemeenten/')).toBe('gemeenten/index.html');
    expect(builtFileFor('/feed.xml')).toBe('feed.xml');
    expect(redirectTarget(readFileSync(fixture('dist/gemeenten/oud/index.html'), 'utf8'))).toBe('/gemeenten/nieuw/');
  });
});

describe('publishedPaths', () => {
  test('lists built pages and the feed, not redirect pages', () => {
    expect(publishedPaths(fixture('dist'))).toEqual(['/', '/feed.xml', '/gemeenten/nieuw/']);
  });
});

describe('exactTitleFirst', () => {
  const result = (title: string, url: string) => ({ meta: { title }, url });
  const found = [result('Het college stemt in met de inzet van de POK-middelen (Amstelveen, 15 maart 2022)', '/besluiten/a/'), result('Amstelveen', '/gemeenten/amstelveen/'), result('Vergelijk gemeenten', '/vergelijk/')];

  test('puts the page titled by the search term first and keeps the rest in order', () => {
    expect(exactTitleFirst(found, ' amstelveen ').map((r) => r.url)).toEqual(['/gemeenten/amstelveen/', '/besluiten/a/', '/vergelijk/']);
  });

  test('ignores case and accents, and changes nothing when no title matches', () => {
    expect(exactTitleFirst([result('Diemen', '/d/'), result('Súdwest-Fryslân', '/s/')], 'sudwest-fryslan').map((r) => r.url)).toEqual(['/s/', '/d/']);
    expect(exactTitleFirst(found, 'Amstel').map((r) => r.url)).toEqual(['/besluiten/a/', '/gemeenten/amstelveen/', '/vergelijk/']);
  });
});

describe('sitemapXml lastmod and the dates behind it', () => {
  test('writes lastmod where known and leaves it out where not', () => {
    const xml = sitemapXml([{ url: 'https://e.org/a/', lastmod: '2024-11-24T10:00:00+00:00' }, { url: 'https://e.org/b/', lastmod: null }]);
    expect(xml).toContain('<url><loc>https://e.org/a/</loc><lastmod>2024-11-24T10:00:00+00:00</lastmod></url>');
    expect(xml).toContain('<url><loc>https://e.org/b/</loc></url>');
  });
  test('a gemeente is dated by its newest row in any table', () => {
    const times = new Map([
      ['data/bestedingen.csv', new Map([['a', '2024-01-01T00:00:00+00:00']])],
      ['data/onderzocht.csv', new Map([['GM0001-2024-05-01', '2024-06-01T00:00:00+00:00']])],
    ]);
    const result = latestPerGemeente({ bestedingen: [{ id: 'a', cbs_code: 'GM0001' }, { id: 'b', cbs_code: 'GM0002' }], onderzocht: [{ cbs_code: 'GM0001', datum: '2024-05-01' }] }, times);
    expect([...result]).toEqual([['GM0001', '2024-06-01T00:00:00+00:00']]);
  });
  test('reads the newest commit time per file from one git log', () => {
    const log = '\u00002024-06-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n\u00002024-01-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n';
    expect([...parseFileTimes(log)]).toEqual([
      ['content/a.mdx', '2024-06-01T00:00:00+00:00'],
      ['content/b.mdx', '2024-06-01T00:00:00+00:00'],
      ['content/c.mdx', '2024-01-01T00:00:00+00:00'],
    ]);
  });
  test('the Atom feed writes a commit time in UTC, and a bare date as midnight', () => {
    const xml = atomFeed({ title: 'T', subtitle: 'S', selfUrl: 'https://e.org/feed.xml', siteUrl: 'https://e.org/', author: 'A', entries: [
      { url: 'https://e.org/a/', title: 'a', summary: 's', updated: '2026-11-23T16:07:06+01:00', category: 'Besluit' },
      { url: 'https://e.org/b/', title: 'b', summary: 's', updated: '2026-11-23', category: 'Besluit' },
    ] });
    expect(xml).toContain('<updated>2026-11-23T15:07:06Z</updated>');
    expect(xml).toContain('<updated>2026-11-23T00:00:00Z</updated>');
    expect(xml.indexOf('https://e.org/a/')).toBeLessThan(xml.indexOf('https://e.org/b/'));
  });
});
