import { describe, expect, test } from 'vitest';
import { amountsInQuote, matchAmount, statedPrecision } from '../../../../src/data/validate/dutch-amounts';

/** How the text states `amount`: the precision its words give, or null when it does not state it. */
function stated(text: string, amount: number): string | null {
  for (const mention of amountsInQuote(text)) {
    const how = matchAmount(amount, mention);
    if (how) return statedPrecision(mention, how);
  }
  return null;
}

describe('amounts in a Dutch quote', () => {
  test('reads the notations the sources use', () => {
    expect(stated('een budget van in totaal € 2.932.000 (decembercirculaire 2021)', 2_932_000)).toBe('exact');
    expect(stated('7 Versterking dienstverlening incidenteel 151.000', 151_000)).toBe('exact');
    expect(stated('Het geld, een bedrag van 92.000 euro', 92_000)).toBe('exact');
    expect(stated('In totaal is per jaar €150 miljoen beschikbaar', 150_000_000)).toBe('exact');
    expect(stated('SYNTHETISCH: 2932000 euro', 2_932_000)).toBe('exact');
  });

  test('does not read a changed amount as stated', () => {
    expect(stated('een budget van in totaal € 2.932.000', 2_933_000)).toBeNull();
    expect(stated('een budget van in totaal € 2.932.000', 2_932)).toBeNull();
    expect(stated('(bedragen in 1.000 euro) 2023 2024 [...] actielijn 2 Rechtsbescherming 48 48', 49_000)).toBeNull();
  });

  test('reads a table cell under a stated unit as thousands, and only then', () => {
    expect(stated('(bedragen in 1.000 euro) 2023 2024 2025 2026 [...] POK middelen, actielijn 2 Rechtsbescherming 48 48', 48_000)).toBe('exact');
    expect(stated('bedrag x 1.000 euro omschrijving 2022 2023 2024 2025 1. POK -238 113 125', 125_000)).toBe('exact');
    expect(stated('Tabel (Bedragen x € 1.000) [...] 7) Versterking dienstverlening gemeenten | 1 | 124.000', 124_000_000)).toBe('exact');
    expect(stated('POK middelen, actielijn 2 Rechtsbescherming | 235 | 235 | 235 |', 235_000)).toBeNull();
  });

  test('never reads a year as an amount, also not in thousands under a table unit', () => {
    expect(stated('SYNTHETISCH: ruim 125.000 euro per jaar (2023 t/m 2024)', 2024)).toBeNull();
    expect(stated('(bedragen in 1.000 euro) 2024 2025 2026 2027 [...] actielijn 3 Systeemleren 48 48 48', 2_024_000)).toBeNull();
    expect(stated('een bijdrage van € 2024', 2024)).toBe('exact');
    expect(stated('een bijdrage van 2024 euro', 2024)).toBe('exact');
  });

  test('gives the precision the words say', () => {
    expect(stated('waarbij Enschede ruim 5 miljoen euro ontvangt', 5_000_000)).toBe('minimaal');
    expect(stated("krijgt Emmen ook nog eens zo'n 460.000 euro per jaar", 460_000)).toBe('afgerond');
    expect(stated('krijgt Emmen circa € 460.000', 460_000)).toBe('afgerond');
    expect(stated('een ondersteuningsbudget aanvragen tot maximaal € 10.000.', 10_000)).toBe('maximaal');
    expect(stated('hoogstens € 10.000 per gemeente', 10_000)).toBe('maximaal');
    expect(stated('jaarlijks 23 tot 25 miljoen euro', 23_000_000)).toBe('bandbreedte');
    expect(stated('jaarlijks 23 tot 25 miljoen euro', 25_000_000)).toBe('bandbreedte');
    expect(stated('waarvan € 23 - € 25 miljoen voor Robuuste rechtsbescherming', 23_000_000)).toBe('bandbreedte');
  });

  test('accepts a rounded notation only as afgerond', () => {
    expect(stated('ongeveer € 2,9 miljoen', 2_932_000)).toBe('afgerond');
    expect(stated('in totaal € 2,9 miljoen', 2_932_000)).toBe('afgerond');
    expect(stated('in totaal € 2,9 miljoen', 2_900_000)).toBe('exact');
    expect(stated('in totaal € 2,9 miljoen', 3_100_000)).toBeNull();
  });
});
// The checks on the real data/: tests/data/real-data.test.ts.
