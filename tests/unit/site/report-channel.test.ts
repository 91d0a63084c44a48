import { describe, expect, test } from 'vitest';
import { parseContactEmail, parseRepositoryUrl, requireChannel } from '../../../src/site/report-channel';

describe('parseContactEmail (SITE_CONTACT_EMAIL)', () => {
  test('missing, empty or blank is no address', () => {
    expect(parseContactEmail(undefined)).toBeNull();
    expect(parseContactEmail('')).toBeNull();
    expect(parseContactEmail('  ')).toBeNull();
  });
  test('a plain address is kept, trimmed', () => {
    expect(parseContactEmail(' redactie@pokinbeeld.nl ')).toBe('redactie@pokinbeeld.nl');
    expect(parseContactEmail('tips+pok@mail.example.org')).toBe('tips+pok@mail.example.org');
  });
  test.each([
    ['mailto:redactie@pokinbeeld.nl', 'without mailto:'],
    ['redactie', 'is not an e-mail address'],
    ['redactie@pokinbeeld', 'is not an e-mail address'],
    ['red actie@pokinbeeld.nl', 'is not an e-mail address'],
    ['redactie@pokinbeeld.nl?cc=x@y.nl', 'is not an e-mail address'],
    ['Redactie <redactie@pokinbeeld.nl>', 'is not an e-mail address'],
    ['redactie@server.local', 'is a local address'],
  ])('%s is refused: %s', (value, reason) => {
    expect(() => parseContactEmail(value)).toThrow(`SITE_CONTACT_EMAIL "${value.trim()}"`);
    expect(() => parseContactEmail(value)).toThrow(reason);
  });
});

describe('parseRepositoryUrl (SITE_REPOSITORY_URL)', () => {
  test('missing, empty or blank is no repository', () => {
    expect(parseRepositoryUrl(undefined)).toBeNull();
    expect(parseRepositoryUrl(' ')).toBeNull();
  });
  test('a public https repository address is kept without a trailing slash', () => {
    expect(parseRepositoryUrl('https://github.com/org/pok-in-beeld/')).toBe('https://github.com/org/pok-in-beeld');
    expect(parseRepositoryUrl('https://codeberg.org/org/pok')).toBe('https://codeberg.org/org/pok');
  });
  test.each([
    ['github.com/org/pok', 'is not a web address'],
    ['http://github.com/org/pok', 'must start with https://'],
    ['https://localhost:3000/org/pok', 'is a local address'],
    ['https://user:secret@github.com/org/pok', 'must not contain a user name or password'],
    ['https://github.com/org/pok?tab=issues', 'without ? or #'],
    ['https://github.com/', 'names no repository'],
  ])('%s is refused: %s', (value, reason) => {
    expect(() => parseRepositoryUrl(value)).toThrow(reason);
  });
});

describe('requireChannel', () => {
  const none = { contactEmail: null, repositoryUrl: null };
  test('a publication build without contact address or repository stops, saying what to set', () => {
    expect(() => requireChannel('https://pokinbeeld.nl/', none)).toThrow(
      /neither SITE_CONTACT_EMAIL nor SITE_REPOSITORY_URL/,
    );
  });
  test('a publication build with either, and a preview build with neither, go on', () => {
    expect(() =>
      requireChannel('https://pokinbeeld.nl/', { ...none, contactEmail: 'redactie@pokinbeeld.nl' }),
    ).not.toThrow();
    expect(() =>
      requireChannel('https://pokinbeeld.nl/', { ...none, repositoryUrl: 'https://github.com/org/pok' }),
    ).not.toThrow();
    expect(() => requireChannel(null, none)).not.toThrow();
  });
});
