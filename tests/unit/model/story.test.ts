import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildProfiles } from '../../../src/model/profile/gemeente-profile';
import type { GemeenteProfile } from '../../../src/model/profile/gemeente-profile';
import { gemeenteStory } from '../../../src/model/profile/story';
import { coverageSentence } from '../../../src/model/national/coverage-summary';

// The synthetic fixture set: Testdorp (GM0001) has an allocation for 2022-2025 in one amount, a
// budget line replaced by a spent line, and a plan without amount or end year; Proefstad (GM0002)
// has an allocation per year and a budget line; Oud-Testveld (GM0003) is only mentioned.
const fixtures = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
let profiles: Map<string, GemeenteProfile>;
beforeAll(async () => {
  profiles = buildProfiles(await loadDataset(fixtures));
});

describe('the story of a gemeente page', () => {
  test('the lead says what the Rijk gave, as the source states it, and counts the lines still shown', () => {
    const story = gemeenteStory(profiles.get('GM0001')!);
    expect(story.lead.replace(/\u00a0/g, ' ')).toContain(
      'Het Rijk gaf Testdorp € 2.932.000 in totaal (2022 t/m 2025).',
    );
    // The budget line replaced as a whole by the spent line is not counted again: 2 lines, not 3.
    expect(story.lead).toContain('De gemeente noemt 2 plannen, begrotingen of uitgaven, 1 met een bedrag.');
    expect(story.empty.toekenningen).toBeUndefined();
  });

  test('what is not known: the missing kinds of fact (as a request asks for them) apart from what the known rows leave open', () => {
    const story = gemeenteStory(profiles.get('GM0001')!);
    expect(story.missing.map((m) => m.kind)).toContain('toekenning');
    expect(story.missing.find((m) => m.kind === 'toekenning')!.years).toEqual([2021, 2026, 2027]);
    expect(story.unknown).toContain(
      'hoeveel geld het Rijk per jaar gaf: de bron noemt één bedrag voor meer jaren samen.',
    );
    expect(story.unknown.some((line) => line.includes('de bron noemt geen bedrag'))).toBe(true);
  });

  test('an empty part says so in one sentence, different for never searched, searched and asked for', () => {
    const proefstad = gemeenteStory(profiles.get('GM0002')!);
    expect(proefstad.empty.besluiten).toBeUndefined(); // Proefstad has a raadsvoorstel
    const notSearched = {
      ...profiles.get('GM0002')!,
      coverage: 'niet-onderzocht' as const,
      onderzocht: [],
      toekenningen: [],
      bestedingen: [],
      current: [],
      besluiten: [],
      resultaten: [],
    };
    // Nothing known: no part has a sentence of its own; the lead says it once.
    expect(gemeenteStory(notSearched).empty).toEqual({});
    expect(gemeenteStory(notSearched).lead).toContain('nog niet gezocht');
    const requested = {
      ...notSearched,
      coverage: 'opgevraagd' as const,
      onderzocht: profiles.get('GM0002')!.onderzocht,
    };
    expect(gemeenteStory(requested).lead).toContain('opgevraagd op 1 oktober 2024 met een Woo-verzoek');
  });
});

describe('the home page coverage sentence', () => {
  test('names its base and leaves out levels with no gemeente', () => {
    const counts = {
      bedragen: 6,
      besluiten: 3,
      genoemd: 0,
      opgevraagd: 0,
      'niets-gevonden': 40,
      'niet-onderzocht': 293,
    };
    expect(coverageSentence({ base: 342, counts })).toBe(
      'Wij kennen bedragen van 6 van de 342 gemeenten; van 3 besluiten, plannen of bestedingen zonder bedrag en van 333 nog niets.',
    );
    expect(
      coverageSentence({ base: 342, counts: { ...counts, besluiten: 0, 'niets-gevonden': 0, 'niet-onderzocht': 0 } }),
    ).toBe('Wij kennen bedragen van 6 van de 342 gemeenten.');
  });
});
