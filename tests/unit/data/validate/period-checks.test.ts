import { describe, expect, test } from 'vitest';
import { datesInText, periodYears, yearsInText } from '../../../../src/data/validate/dutch-periods';

const years = (text: string) => yearsInText(text).map((y) => [y.year, y.documentName, y.bound]);

describe('years in a Dutch quote', () => {
  test('reads a range, an inclusive and an exclusive end', () => {
    expect(years('Het Rijk kent voor de periode 2022-2027 alle uitvoeringsorganisaties budget toe')).toEqual([
      [2022, false, null],
      [2027, false, 'tot en met'],
    ]);
    expect(years('in elk geval voor de periode 2021 tot en met 2027')).toEqual([
      [2021, false, null],
      [2027, false, 'tot en met'],
    ]);
    expect(years('ontvangt van het Rijk tot 2027 jaarlijks bijna een ton extra')).toEqual([[2027, false, 'tot']]);
    expect(years('t/m 2027')).toEqual([[2027, false, 'tot en met']]);
  });

  test('does not count a year that is part of a document name as a year of the amount', () => {
    expect(years('In de 1e Burap 2022 is hiervoor eenmalig € 126.500 toegekend')).toEqual([[2022, true, null]]);
    expect(years('In de Perspectiefnota 2023 is hiervoor eenmalig € 368.500 toegekend')).toEqual([[2023, true, null]]);
    expect(years('(decembercirculaire 2021 en meicirculaire 2022)')).toEqual([
      [2021, true, null],
      [2022, true, null],
    ]);
    expect(periodYears('Gelijktijdig met deze begroting 2024 leggen we het programmaplan Menselijke maat 2024-2027 voor').map((y) => y.text)).toEqual(['2024', '2024-2027']);
  });

  test('reads table column headings, and no amount as a year', () => {
    expect(periodYears('(bedragen in 1.000 euro) 2024 2025 2026 2027 [...] actielijn 2 Rechtsbescherming 235 235 235').map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(yearsInText('een budget van in totaal € 2.932.000 en 2025,5 en 12024')).toEqual([]);
  });

  test('reads dates as precisely as the words give them', () => {
    expect(datesInText('Behandeld in B&W-vergadering: 28 mei 2024.').map((d) => d.iso)).toEqual(['2024-05-28']);
    expect(datesInText('De gemeenteraad heeft in juni 2024 het programmaplan goedgekeurd.').map((d) => d.iso)).toEqual(['2024-06']);
    expect(datesInText('Tijdens de raadsvergadering op 7 november jl. is het plan goedgekeurd').map((d) => d.iso)).toEqual(['--11-07']);
    expect(datesInText('Op die manier kunnen mei-gezinnen bereikt worden')).toEqual([]);
  });
});
// The period rule on the real data/: tests/data/honest-rows.test.ts.
