import { describe, expect, test } from 'vitest';
import { latest, rowChangeTimes, rowTime } from '../../../src/publish/row-dates';

describe('rowChangeTimes', () => {
  const commit = (
    date: string,
    file: string,
    change: { added?: string[]; changed?: string[]; removed?: string[] },
  ) => ({
    hash: date,
    short: date.slice(0, 7),
    date,
    subject: 's',
    baseUnknown: false,
    files: [
      {
        file,
        added: change.added ?? [],
        changed: (change.changed ?? []).map((key) => ({ key, columns: ['x'] })),
        removed: change.removed ?? [],
        columns: { added: [], removed: [], renamed: [] },
      },
    ],
  });
  // Newest first, as readDataHistory gives it.
  const history = {
    status: 'ok' as const,
    commits: [
      commit('2024-11-24T10:00:00+00:00', 'data/besluiten.csv', { changed: ['diemen-x'], removed: ['weg'] }),
      commit('2023-11-14T09:00:00+00:00', 'data/besluiten.csv', { added: ['diemen-x', 'amstelveen-y', 'weg'] }),
    ],
  };
  test('dates each row by the commit that last added or changed it; a removed row has no date', () => {
    const times = rowChangeTimes(history).get('data/besluiten.csv')!;
    expect([...times]).toEqual([
      ['diemen-x', '2024-11-24T10:00:00+00:00'],
      ['amstelveen-y', '2023-11-14T09:00:00+00:00'],
    ]);
  });
  test('finds a parsed row by its table key, also a composite one (onderzocht: cbs_code, bron and resultaat)', () => {
    const times = rowChangeTimes({
      status: 'ok',
      commits: [
        commit('2026-12-01T12:00:00+00:00', 'data/onderzocht.csv', {
          added: ['GM0014-onderzoek-redactie-ronde-2-niets gevonden'],
        }),
      ],
    });
    expect(
      rowTime(times, 'onderzocht', {
        cbs_code: 'GM0014',
        bron: 'onderzoek-redactie-ronde-2',
        resultaat: 'niets gevonden',
      }),
    ).toBe('2026-12-01T12:00:00+00:00');
    expect(
      rowTime(times, 'onderzocht', {
        cbs_code: 'GM0014',
        bron: 'onderzoek-redactie-ronde-3',
        resultaat: 'niets gevonden',
      }),
    ).toBeNull();
    expect(latest('2024-01-02', '2024-01-02T10:00:00+01:00')).toBe('2024-01-02T10:00:00+01:00');
    expect(latest(null, '2024-01-02')).toBe('2024-01-02');
  });
});
