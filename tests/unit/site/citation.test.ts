import { describe, expect, test } from 'vitest';
import { fullCitation, shortCitation } from '../../../src/site/citation';

const parts = {
  title: 'Amstelveen',
  siteName: 'POK in beeld',
  publisher: 'Redactie POK in beeld',
  url: 'https://example.org/gemeenten/amstelveen/',
  version: '2026-11-23 (a1b2c3d)',
  consulted: '24 november 2026',
};

describe('fullCitation', () => {
  test('names publisher, title, site, URL, data version and date consulted', () => {
    expect(fullCitation(parts)).toBe(
      'Redactie POK in beeld, ‘Amstelveen’, POK in beeld, https://example.org/gemeenten/amstelveen/ (dataversie 2026-11-23 (a1b2c3d), geraadpleegd op 24 november 2026).',
    );
  });
});

describe('shortCitation', () => {
  test('keeps site, URL and data version', () => {
    expect(shortCitation(parts)).toBe(
      'Bron: POK in beeld (https://example.org/gemeenten/amstelveen/), dataversie 2026-11-23 (a1b2c3d).',
    );
  });
});
