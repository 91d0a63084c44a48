import { describe, expect, test } from 'vitest';
import { plainName } from '../../../src/search/plain-name';
import { exactGemeente, matchGemeenten } from '../../../src/search/gemeente-match';
import type { NameEntry } from '../../../src/search/gemeente-match';
import { spaceBetweenBlocks } from '../../../src/search/index-text';
import { azGroups } from '../../../src/search/az-list';

// Names as CBS writes them, with other names as data/gemeentenamen.csv gives them.
const entries: NameEntry[] = [
  { naam: "'s-Gravenhage", url: '/gemeenten/s-gravenhage/', ook: ['Den Haag', 'The Hague'] },
  { naam: "'s-Hertogenbosch", url: '/gemeenten/s-hertogenbosch/', ook: ['Den Bosch'] },
  { naam: 'Amstelveen', url: '/gemeenten/amstelveen/' },
  { naam: 'Ouder-Amstel', url: '/gemeenten/ouder-amstel/' },
  { naam: 'Den Helder', url: '/gemeenten/den-helder/' },
  { naam: 'Súdwest-Fryslân', url: '/gemeenten/sudwest-fryslan/' },
  { naam: 'Hengelo (O.)', url: '/gemeenten/hengelo-o/' },
];
const names = (query: string) => matchGemeenten(entries, query).map((hit) => hit.entry.naam);

describe('plainName', () => {
  test('ignores accents, apostrophes of both kinds, hyphens (also non-breaking), brackets and case', () => {
    expect(plainName("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(plainName('’s\u2011Hertogenbosch')).toBe('s hertogenbosch');
    expect(plainName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(plainName('  Hengelo (O.) ')).toBe('hengelo o');
  });
});

describe('matchGemeenten', () => {
  test('a name that starts with the query comes before one where only a later word does', () => {
    expect(names('amstel')).toEqual(['Amstelveen', 'Ouder-Amstel']);
  });
  test('finds a gemeente by the name people use for it, and says which name', () => {
    const [hit] = matchGemeenten(entries, 'Den Haag');
    expect(hit.entry.naam).toBe("'s-Gravenhage");
    expect(hit.via).toBe('Den Haag');
    expect(names('den bosch')).toEqual(["'s-Hertogenbosch"]);
  });
  test('an own name beats an other name with the same fit', () => {
    // "Den H" starts Den Helder (own name) and Den Haag (other name of 's-Gravenhage).
    expect(names('den h')).toEqual(['Den Helder', "'s-Gravenhage"]);
  });
  test('finds the official spelling without its apostrophe, accents or brackets', () => {
    expect(names('s-gravenhage')).toEqual(["'s-Gravenhage"]);
    expect(names('gravenhage')).toEqual(["'s-Gravenhage"]);
    expect(names('sudwest')).toEqual(['Súdwest-Fryslân']);
    expect(names('hengelo')).toEqual(['Hengelo (O.)']);
  });
  test('a short query only matches the start of a word, and an empty one matches nothing', () => {
    expect(names('el')).toEqual([]);
    expect(names('elder')).toEqual(['Den Helder']);
    expect(names('  ')).toEqual([]);
  });
});

describe('exactGemeente', () => {
  test('is the gemeente whose own name or other name is the query', () => {
    expect(exactGemeente(entries, 'den haag')?.url).toBe('/gemeenten/s-gravenhage/');
    expect(exactGemeente(entries, 'Amstelveen')?.url).toBe('/gemeenten/amstelveen/');
    expect(exactGemeente(entries, '’s-hertogenbosch')?.url).toBe('/gemeenten/s-hertogenbosch/');
  });
  test('is null for a query that only starts a name', () => {
    expect(exactGemeente(entries, 'amstel')).toBeNull();
  });
});

describe('spaceBetweenBlocks', () => {
  test('puts a space between a term and its value, and between table cells', () => {
    expect(
      spaceBetweenBlocks('<dl><dt>Gemeente</dt><dd>Amstelveen</dd><dt>Datum</dt><dd>15 maart 2022</dd></dl>'),
    ).toBe('<dl><dt>Gemeente</dt> <dd>Amstelveen</dd> <dt>Datum</dt> <dd>15 maart 2022</dd> </dl>');
    expect(
      spaceBetweenBlocks('<table><caption>Inwoners</caption><tr><th>Jaar</th><th>Inwoners</th></tr></table>'),
    ).toBe('<table><caption>Inwoners</caption> <tr><th>Jaar</th> <th>Inwoners</th> </tr> </table>');
  });
  test('leaves inline markup inside a word and text after a tag alone', () => {
    expect(spaceBetweenBlocks('<p>Ams<strong>tel</strong>veen</p>text<br>meer')).toBe(
      '<p>Ams<strong>tel</strong>veen</p>text<br>meer',
    );
  });
});

describe('azGroups', () => {
  const dataset = {
    gemeenten: [
      { cbs_code: 'GM0518', naam: "'s-Gravenhage", slug: 's-gravenhage', geldig_tot: null },
      { cbs_code: 'GM0362', naam: 'Amstelveen', slug: 'amstelveen', geldig_tot: null },
      { cbs_code: 'GM0457', naam: 'Weesp', slug: 'weesp', geldig_tot: '2022-03-23' },
    ],
    gemeentenamen: [{ naam: 'Den Haag', cbs_code: 'GM0518', bron: 'b', citaat: 'Den Haag' }],
    bronnen: [{ id: 'b', titel: 'Bron', url: 'https://example.org/b' }],
  } as unknown as Parameters<typeof azGroups>[0];
  test('lists gemeenten and other names under their first letter, A to Z, other names pointing to the gemeente with their source', () => {
    const groups = azGroups(dataset);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'D', 'S', 'W']);
    expect(groups[1].items).toEqual([
      {
        naam: 'Den Haag',
        url: '/gemeenten/s-gravenhage/',
        target: "'s-Gravenhage",
        alias: true,
        former: false,
        bron: { titel: 'Bron', url: 'https://example.org/b' },
      },
    ]);
    expect(groups[3].items[0]).toMatchObject({ naam: 'Weesp', former: true });
  });
});
