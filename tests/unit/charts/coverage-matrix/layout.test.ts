import { describe, expect, test } from 'vitest';
import { layoutMatrix } from '../../../../src/charts/coverage-matrix/layout';
import { coverageByYear } from '../../../../src/model/coverage/coverage-by-year';

describe('coverageByYear', () => {
  test('no facts: every year empty', () => {
    expect(coverageByYear({ amounts: [], decisions: [], mentions: [] }, 2021, 2023)).toEqual({
      years: [null, null, null],
      unknown: null,
    });
  });
  test('an amount beats a decision in the same year', () => {
    const out = coverageByYear(
      {
        amounts: [{ from: 2022, to: 2023 }],
        decisions: [
          { from: 2022, to: 2022 },
          { from: 2024, to: 2024 },
        ],
        mentions: [],
      },
      2021,
      2024,
    );
    expect(out.years).toEqual([null, 'bedragen', 'bedragen', 'besluiten']);
  });
  test('facts without a year go to the unknown column', () => {
    expect(
      coverageByYear({ amounts: [{ from: null, to: null }], decisions: [], mentions: [] }, 2021, 2022).unknown,
    ).toBe('bedragen');
  });
  test('an open-ended amount runs to the last year', () => {
    expect(
      coverageByYear({ amounts: [{ from: 2026, to: null }], decisions: [], mentions: [] }, 2025, 2027).years,
    ).toEqual([null, 'bedragen', 'bedragen']);
  });
});

describe('layoutMatrix', () => {
  test('empty input has only the header', () => {
    const out = layoutMatrix([], ['2021'], 640, 170, 22);
    expect(out.rows).toEqual([]);
    expect(out.height).toBe(24);
  });
  test('one gemeente gets one row of cells at column positions', () => {
    const out = layoutMatrix([{ key: 'a', label: 'A', cells: ['bedragen', null] }], ['2021', '2022'], 570, 170, 22);
    expect(out.rows[0].cells.map((c) => c.x)).toEqual([170, 370]);
    expect(out.rows[0].y).toBe(24);
  });
});
