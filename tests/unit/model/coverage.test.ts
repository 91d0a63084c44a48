import { describe, expect, test } from 'vitest';
import { coverageLevel } from '../../../src/model/coverage/coverage-level';

const none = { amounts: 0, decisionsOrPlans: 0, mentions: 0, searches: [] };

describe('coverageLevel', () => {
  test('is "bedragen" as soon as one amount is known', () => {
    expect(coverageLevel({ ...none, amounts: 1, decisionsOrPlans: 3, mentions: 2 })).toBe('bedragen');
  });
  test('is "besluiten" for decisions or plans without amounts', () => {
    expect(coverageLevel({ ...none, decisionsOrPlans: 1, mentions: 1 })).toBe('besluiten');
  });
  test('is "genoemd" when the gemeente is only mentioned', () => {
    expect(coverageLevel({ ...none, mentions: 1 })).toBe('genoemd');
  });
  test('tells "searched, nothing found" apart from "never searched"', () => {
    expect(coverageLevel({ ...none, searches: [{ resultaat: 'niets gevonden' }] })).toBe('niets-gevonden');
    expect(coverageLevel(none)).toBe('niet-onderzocht');
  });
  test('tells "documents asked for" apart from both, also once the answer came, but not from facts', () => {
    expect(coverageLevel({ ...none, searches: [{ resultaat: 'niets gevonden' }, { resultaat: 'opgevraagd' }] })).toBe(
      'opgevraagd',
    );
    expect(coverageLevel({ ...none, searches: [{ resultaat: 'opgevraagd' }, { resultaat: 'geweigerd' }] })).toBe(
      'opgevraagd',
    );
    expect(coverageLevel({ ...none, mentions: 1, searches: [{ resultaat: 'opgevraagd' }] })).toBe('genoemd');
  });
});
