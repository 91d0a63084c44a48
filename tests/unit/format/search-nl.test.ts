import { describe, expect, test } from 'vitest';
import { searchResultText } from '../../../src/format/search-nl';

describe('searchResultText', () => {
  test('a search says what came of it and when', () => {
    expect(searchResultText({ datum: '2026-11-22', resultaat: 'niets gevonden', verzoek: null })).toBe(
      'niets gevonden op 22 november 2026',
    );
    expect(searchResultText({ datum: null, resultaat: 'niets gevonden', verzoek: null })).toBe(
      'niets gevonden (datum niet vastgelegd)',
    );
  });
  test('a later round without a find, for a gemeente known from earlier rounds, found nothing new', () => {
    expect(searchResultText({ datum: null, resultaat: 'niets gevonden', verzoek: null }, { afterFinds: true })).toBe(
      'niets nieuws gevonden (datum niet vastgelegd)',
    );
    expect(searchResultText({ datum: null, resultaat: 'gevonden', verzoek: null }, { afterFinds: true })).toBe(
      'gevonden (datum niet vastgelegd)',
    );
  });
  test('a request says when and how the documents were asked for, and its answer when it came', () => {
    expect(searchResultText({ datum: '2024-10-01', resultaat: 'opgevraagd', verzoek: 'woo-verzoek' })).toBe(
      'opgevraagd op 1 oktober 2024 met een Woo-verzoek',
    );
    expect(searchResultText({ datum: '2024-10-01', resultaat: 'opgevraagd', verzoek: 'schriftelijke vragen' })).toBe(
      'opgevraagd op 1 oktober 2024 met schriftelijke vragen van een raadslid',
    );
    expect(searchResultText({ datum: '2024-11-05', resultaat: 'ontvangen', verzoek: 'woo-verzoek' })).toBe(
      'stukken ontvangen op 5 november 2024 (na een Woo-verzoek)',
    );
    expect(searchResultText({ datum: '2024-11-05', resultaat: 'geweigerd', verzoek: 'woo-verzoek' })).toBe(
      'verzoek geweigerd op 5 november 2024 (Woo-verzoek)',
    );
  });
});
