import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { framableByOtherSites, headersFor, parseHeaders } from '../../support/headers';
import type { MergeMode } from '../../support/headers';

const rules = parseHeaders(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'));

// Both ways static hosts merge a header that two matching rules name: the file must be right under each.
for (const mode of ['join', 'later-wins'] as MergeMode[]) {
  describe(`public/_headers, merged as a host that ${mode === 'join' ? 'joins both values (Cloudflare Pages)' : 'keeps the later rule (Netlify)'}`, () => {
    test('an embed page may be framed by any site', () => {
      expect(framableByOtherSites(headersFor(rules, '/embed/amstelveen-geld-per-jaar/', mode))).toBe(true);
    });

    test.each([
      '/',
      '/gemeenten/amstelveen/',
      '/data/',
      '/begrippen/',
      '/en/',
      '/embedded/',
      '/grafieken/kaart-dekking.svg',
    ])('%s may not be framed', (path) => {
      expect(framableByOtherSites(headersFor(rules, path, mode))).toBe(false);
    });

    test('every page keeps object-src none, nosniff and the referrer policy', () => {
      for (const path of ['/', '/embed/kaart-dekking/']) {
        const headers = headersFor(rules, path, mode);
        expect(headers.get('content-security-policy')?.every((policy) => policy.includes("object-src 'none'"))).toBe(
          true,
        );
        expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
        expect(headers.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
      }
    });
  });
}

describe('framableByOtherSites', () => {
  const of = (entries: [string, string[]][]) => new Map(entries);
  test('reads frame-ancestors before X-Frame-Options, and needs every policy to allow framing', () => {
    expect(framableByOtherSites(of([['x-frame-options', ['DENY']]]))).toBe(false);
    expect(framableByOtherSites(of([]))).toBe(true);
    expect(
      framableByOtherSites(
        of([
          ['x-frame-options', ['DENY']],
          ['content-security-policy', ['frame-ancestors *']],
        ]),
      ),
    ).toBe(true);
    expect(
      framableByOtherSites(of([['content-security-policy', ["frame-ancestors 'none'", 'frame-ancestors *']]])),
    ).toBe(false);
    expect(framableByOtherSites(of([['content-security-policy', ["frame-ancestors 'self'"]]]))).toBe(false);
  });
});
