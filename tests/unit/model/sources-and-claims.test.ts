import { describe, expect, test } from 'vitest';
import { sourceWarning } from '../../../src/model/bronnen/source-standing';

// The counts and pages on the real data: tests/data/real-data.test.ts.
describe('claims about the sources', () => {
  test('a source without a public address or a secondary one is flagged in words', () => {
    expect(sourceWarning({ url: null, primair: true, soort: 'collegebesluit', uitgever: 'Gemeente Amstelveen' })).toBe(
      'niet openbaar',
    );
    expect(
      sourceWarning({ url: 'https://example.org/', primair: false, soort: 'nieuwsbericht', uitgever: 'RTV Drenthe' }),
    ).toBe('secundaire bron (nieuwsbericht, RTV Drenthe)');
    expect(
      sourceWarning({ url: 'https://example.org/', primair: true, soort: 'begroting', uitgever: 'Gemeente Zwolle' }),
    ).toBeNull();
  });
});
