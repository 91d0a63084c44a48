import { describe, expect, test } from 'vitest';
import { breakParts } from '../../../src/format/break-points';

describe('break points of long addresses and file names', () => {
  test('an address breaks after its slashes and before a query, never inside a word', () => {
    expect(breakParts('https://documenten.enschede.nl/bijlagen2351', 'url')).toEqual([
      'https://',
      'documenten.enschede.nl/',
      'bijlagen2351',
    ]);
    expect(breakParts('/gemeenten/amstelveen/', 'url')).toEqual(['/', 'gemeenten/', 'amstelveen/']);
    expect(breakParts('https://example.org/a?x=1&y=2', 'url')).toEqual([
      'https://',
      'example.org/',
      'a',
      '?x=1',
      '&y=2',
    ]);
  });

  test('a file name breaks between its parts', () => {
    expect(breakParts('excel/gemeenten/borger-odoorn-excel.csv', 'file')).toEqual([
      'excel/',
      'gemeenten/',
      'borger-',
      'odoorn-',
      'excel.',
      'csv',
    ]);
    expect(breakParts('alles.csv', 'file')).toEqual(['alles.', 'csv']);
  });

  test('the parts put together are the text itself', () => {
    for (const text of ['https://a.b/c/d?e=f', 'x', '']) expect(breakParts(text, 'url').join('')).toBe(text);
  });
});
