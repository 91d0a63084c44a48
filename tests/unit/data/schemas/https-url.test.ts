import { describe, expect, test } from 'vitest';
import { checkHttpsUrl } from '../../../../src/data/schemas/cell-rules';
import { messageOf, ruleOf, valueOf } from './cell-results';

describe('checkHttpsUrl', () => {
  test('accepts an https address with path and query', () => {
    expect(valueOf(checkHttpsUrl('https://example.org/pad/stuk.pdf?versie=2#p3'))).toBe('https://example.org/pad/stuk.pdf?versie=2#p3');
  });

  test('rejects a javascript: address', () => {
    const result = checkHttpsUrl('javascript:alert(1)');
    expect(ruleOf(result)).toBe('url-scheme');
    expect(messageOf(result)).toContain('javascript:alert(1)');
  });

  test('rejects a javascript: address written in mixed case', () => {
    expect(ruleOf(checkHttpsUrl('JavaScript:alert(1)'))).toBe('url-scheme');
  });

  test('rejects a plain http address', () => {
    expect(ruleOf(checkHttpsUrl('http://example.org/'))).toBe('url-scheme');
  });

  test.each(['data:text/html,<p>x</p>', 'ftp://example.org/stuk.pdf', 'mailto:info@example.org'])('rejects the scheme of %s', (raw) => {
    expect(ruleOf(checkHttpsUrl(raw))).not.toBe('ok');
  });

  test.each(['www.example.org', '//example.org/stuk', 'https://'])('rejects %s as not a web address', (raw) => {
    expect(ruleOf(checkHttpsUrl(raw))).toBe('url');
  });

  test('rejects a space inside the address', () => {
    expect(ruleOf(checkHttpsUrl('https://example.org/een stuk.pdf'))).toBe('url');
  });

  test('rejects spaces around the address', () => {
    expect(ruleOf(checkHttpsUrl(' https://example.org/'))).toBe('whitespace');
  });
});

describe('checkHttpsUrl against credentials and look-alike hosts', () => {
  test.each(['https://user:secret@example.org/', 'https://user@example.org/stuk.pdf', 'https://@example.org/', 'https://:secret@example.org/'])(
    'rejects the credentials in %s',
    (raw) => {
      const result = checkHttpsUrl(raw);
      expect(ruleOf(result)).toBe('url-credentials');
      expect(messageOf(result)).toContain(raw);
    },
  );

  test('accepts an @ in the path or query, which is no credential', () => {
    expect(ruleOf(checkHttpsUrl('https://example.org/@testdorp?van=info@example.org'))).toBe('ok');
  });

  test('rejects a host with a Cyrillic a among Latin letters, written raw, and names the letter', () => {
    const result = checkHttpsUrl('https://ex\u0430mple.org/stuk.pdf');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toContain('U+0430');
  });

  test('rejects the same host in its xn-- form and names both scripts', () => {
    const result = checkHttpsUrl('https://xn--exmple-4nf.org/stuk.pdf');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toMatch(/Latin.*Cyrillic|Cyrillic.*Latin/);
  });

  test('rejects a host wholly in Cyrillic letters that look like Latin ones (xn--80ak6aa92e.com reads "аррӏе")', () => {
    expect(ruleOf(checkHttpsUrl('https://xn--80ak6aa92e.com/'))).toBe('url-host');
  });

  test('rejects a Greek omicron in a Latin host', () => {
    const host = new URL('https://g\u03bfv.nl/').hostname;
    expect(host.startsWith('xn--')).toBe(true);
    expect(ruleOf(checkHttpsUrl(`https://${host}/`))).toBe('url-host');
  });

  test('rejects a full-width full stop that the browser would turn into a dot', () => {
    const result = checkHttpsUrl('https://example\uff0eorg/');
    expect(ruleOf(result)).toBe('url-host');
    expect(messageOf(result)).toContain('U+FF0E');
  });

  test('accepts an internationalised host in one script, in its xn-- form', () => {
    expect(new URL('https://bücher.de/').hostname).toBe('xn--bcher-kva.de');
    expect(ruleOf(checkHttpsUrl('https://xn--bcher-kva.de/'))).toBe('ok');
    expect(ruleOf(checkHttpsUrl(`https://${new URL('https://пример.рф/').hostname}/`))).toBe('ok');
  });

  test('rejects a host label that is not valid Punycode', () => {
    expect(ruleOf(checkHttpsUrl('https://xn--a.org/'))).not.toBe('ok');
  });
});
