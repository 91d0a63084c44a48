import { describe, expect, test } from 'vitest';
import { layoutCountBars } from '../../../../src/charts/count-bars/layout';

describe('layoutCountBars', () => {
  test('empty input gives no rows', () => {
    expect(layoutCountBars([], 342).rows).toEqual([]);
  });
  test('one count is drawn against the base and names it', () => {
    const out = layoutCountBars([{ key: 'a', label: 'A', count: 171 }], 342, 684);
    expect(out.rows[0].barWidth).toBe(342);
    expect(out.rows[0].text).toBe('171 van 342 gemeenten');
  });
  test('a count of one stays visible', () => {
    expect(layoutCountBars([{ key: 'a', label: 'A', count: 1 }], 342, 640).rows[0].barWidth).toBe(2);
  });
  test('a negative count is treated as zero', () => {
    const row = layoutCountBars([{ key: 'a', label: 'A', count: -3 }], 342).rows[0];
    expect([row.count, row.barWidth]).toEqual([0, 0]);
  });
  test('with a base of zero a nonzero count still shows as a 2 px mark', () => {
    expect(layoutCountBars([{ key: 'a', label: 'A', count: 2 }], 0).rows[0].barWidth).toBe(2);
  });
});
