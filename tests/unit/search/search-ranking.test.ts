import { describe, expect, test } from 'vitest';
import { bestAnchor } from '../../../src/search/search-anchor';
import { exactTitleFirst } from '../../../src/search/search-order';

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

describe('exactTitleFirst', () => {
  const result = (title: string, url: string) => ({ meta: { title }, url });
  const found = [
    result('Het college stemt in met de inzet van de POK-middelen (Amstelveen, 15 maart 2022)', '/besluiten/a/'),
    result('Amstelveen', '/gemeenten/amstelveen/'),
    result('Vergelijk gemeenten', '/vergelijk/'),
  ];

  test('puts the page titled by the search term first and keeps the rest in order', () => {
    expect(exactTitleFirst(found, ' amstelveen ').map((r) => r.url)).toEqual([
      '/gemeenten/amstelveen/',
      '/besluiten/a/',
      '/vergelijk/',
    ]);
  });

  test('ignores case and accents, and changes nothing when no title matches', () => {
    expect(
      exactTitleFirst([result('Diemen', '/d/'), result('Súdwest-Fryslân', '/s/')], 'sudwest-fryslan').map((r) => r.url),
    ).toEqual(['/s/', '/d/']);
    expect(exactTitleFirst(found, 'Amstel').map((r) => r.url)).toEqual([
      '/besluiten/a/',
      '/gemeenten/amstelveen/',
      '/vergelijk/',
    ]);
  });
});
