import { describe, expect, test } from 'vitest';
import { parseSiteUrl, PREVIEW_LABEL, publicAddress } from '../../../src/site/public-address';

describe('parseSiteUrl', () => {
  test('no SITE_URL (missing, empty or blank) is a preview build', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl('')).toBeNull();
    expect(parseSiteUrl('  ')).toBeNull();
  });

  test('a public https origin is kept, with one trailing slash', () => {
    expect(parseSiteUrl('https://pokinbeeld.nl')).toBe('https://pokinbeeld.nl/');
    expect(parseSiteUrl(' https://POKinbeeld.nl/ ')).toBe('https://pokinbeeld.nl/');
  });

  test.each([
    ['pokinbeeld.nl', 'is not a web address'],
    ['http://pokinbeeld.nl', 'must start with https://'],
    ['https://localhost:4321', 'is a local address'],
    ['https://127.0.0.1', 'is a local address'],
    ['https://[::1]/', 'is a local address'],
    ['https://site.localhost', 'is a local address'],
    ['https://user:secret@pokinbeeld.nl', 'must not contain a user name or password'],
    ['https://pokinbeeld.nl/pok/', 'without a path'],
    ['https://pokinbeeld.nl/?x=1', 'without a path'],
  ])('%s is refused: %s', (value, reason) => {
    expect(() => parseSiteUrl(value)).toThrow(reason);
  });
});

describe('publicAddress', () => {
  const release = publicAddress('https://pokinbeeld.nl/');
  const preview = publicAddress(null);

  test('a release build turns paths into full addresses everywhere', () => {
    expect(release.absolute('/gemeenten/diemen/#besluiten')).toBe('https://pokinbeeld.nl/gemeenten/diemen/#besluiten');
    expect(release.citable('/data/')).toBe('https://pokinbeeld.nl/data/');
    expect(release.link('/feed.xml')).toBe('https://pokinbeeld.nl/feed.xml');
    expect(release.iri('/feed.xml')).toBe('https://pokinbeeld.nl/feed.xml');
  });

  test('a preview build never invents a host: paths stay paths, citations say it is a preview', () => {
    expect(preview.absolute('/gemeenten/diemen/')).toBeNull();
    expect(preview.citable('/gemeenten/diemen/')).toBe(`/gemeenten/diemen/ (${PREVIEW_LABEL})`);
    expect(preview.link('/feed.xml')).toBe('/feed.xml');
    // An Atom id must be an absolute IRI: a tag URI under a reserved (RFC 2606) name.
    expect(preview.iri('/feed.xml')).toBe('tag:pok-in-beeld.invalid,2021:/feed.xml');
  });
});
