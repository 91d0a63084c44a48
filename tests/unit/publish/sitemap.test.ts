import { describe, expect, test } from 'vitest';
import { atomFeed } from '../../../src/publish/atom';
import { dynamicPagePaths, sitemapXml, staticPagePaths } from '../../../src/publish/sitemap';
import { robotsTxt } from '../../../src/publish/robots';
import { latestPerGemeente, parseFileTimes } from '../../../src/publish/row-dates';

describe('staticPagePaths', () => {
  test('turns page files into site paths and leaves out routes with parameters and the 404 page', () => {
    const files = [
      '/src/pages/index.astro',
      '/src/pages/over.astro',
      '/src/pages/gemeenten/index.astro',
      '/src/pages/gemeenten/[slug].astro',
      '/src/pages/404.astro',
      '/src/pages/data/licentie.mdx',
    ];
    expect(staticPagePaths(files)).toEqual(['/', '/data/licentie/', '/gemeenten/', '/over/']);
  });
});

describe('dynamicPagePaths', () => {
  test('fills route parameters from getStaticPaths entries', () => {
    expect(
      dynamicPagePaths('/gemeenten/[slug].astro', [
        { params: { slug: 'diemen' } },
        { params: { slug: 's-hertogenbosch' } },
      ]),
    ).toEqual(['/gemeenten/diemen/', '/gemeenten/s-hertogenbosch/']);
    expect(
      dynamicPagePaths('/bronnen/[...pad]/index.astro', [{ params: { pad: 'a/b' } }, { params: { pad: undefined } }]),
    ).toEqual(['/bronnen/a/b/', '/bronnen/']);
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
    expect(robotsTxt('https://e.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n',
    );
    expect(robotsTxt(null, 'voorbeeldversie')).toBe('User-agent: *\nAllow: /\n\n# voorbeeldversie\n');
  });
});

describe('sitemapXml lastmod and the dates behind it', () => {
  test('writes lastmod where known and leaves it out where not', () => {
    const xml = sitemapXml([
      { url: 'https://e.org/a/', lastmod: '2024-11-24T10:00:00+00:00' },
      { url: 'https://e.org/b/', lastmod: null },
    ]);
    expect(xml).toContain('<url><loc>https://e.org/a/</loc><lastmod>2024-11-24T10:00:00+00:00</lastmod></url>');
    expect(xml).toContain('<url><loc>https://e.org/b/</loc></url>');
  });
  test('a gemeente is dated by its newest row in any table', () => {
    const times = new Map([
      ['data/bestedingen.csv', new Map([['a', '2024-01-01T00:00:00+00:00']])],
      ['data/onderzocht.csv', new Map([['GM0001-zoekverslag-gevonden', '2024-06-01T00:00:00+00:00']])],
    ]);
    const result = latestPerGemeente(
      {
        bestedingen: [
          { id: 'a', cbs_code: 'GM0001' },
          { id: 'b', cbs_code: 'GM0002' },
        ],
        onderzocht: [{ cbs_code: 'GM0001', datum: null, bron: 'zoekverslag', resultaat: 'gevonden' }],
      },
      times,
    );
    expect([...result]).toEqual([['GM0001', '2024-06-01T00:00:00+00:00']]);
  });
  test('reads the newest commit time per file from one git log', () => {
    const log =
      '\u00002024-06-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n\u00002024-01-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n';
    expect([...parseFileTimes(log)]).toEqual([
      ['content/a.mdx', '2024-06-01T00:00:00+00:00'],
      ['content/b.mdx', '2024-06-01T00:00:00+00:00'],
      ['content/c.mdx', '2024-01-01T00:00:00+00:00'],
    ]);
  });
  test('the Atom feed writes a commit time in UTC, and a bare date as midnight', () => {
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://e.org/feed.xml',
      siteUrl: 'https://e.org/',
      author: 'A',
      builtAt: '2026-12-05T00:00:00Z',
      entries: [
        {
          url: 'https://e.org/a/',
          title: 'a',
          summary: 's',
          updated: '2026-11-23T16:07:06+01:00',
          category: 'Besluit',
        },
        { url: 'https://e.org/b/', title: 'b', summary: 's', updated: '2026-11-23', category: 'Besluit' },
      ],
    });
    expect(xml).toContain('<updated>2026-11-23T15:07:06Z</updated>');
    expect(xml).toContain('<updated>2026-11-23T00:00:00Z</updated>');
    expect(xml.indexOf('https://e.org/a/')).toBeLessThan(xml.indexOf('https://e.org/b/'));
  });
});
