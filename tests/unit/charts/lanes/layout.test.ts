import { describe, expect, test } from 'vitest';
import { layoutPeriodLanes, LANE } from '../../../../src/charts/lanes/layout';
import type { PeriodItem } from '../../../../src/charts/lanes/layout';

const item = (over: Partial<PeriodItem>): PeriodItem => ({
  id: 'x',
  from: 2022,
  to: 2022,
  per: 'totaal',
  amount: 100,
  label: '€ 100',
  kind: 'begroot',
  ...over,
});
// 7 years over 700 px: 100 px per year, so positions are easy to check by hand.
const layout = (items: PeriodItem[]) => layoutPeriodLanes([{ key: 'a', label: 'A', items }], 2021, 2027, 700);

describe('layoutPeriodLanes', () => {
  test('empty input gives the year axis and no lanes', () => {
    const out = layoutPeriodLanes([], 2021, 2027, 700);
    expect(out.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(out.lanes).toEqual([]);
    expect(out.undated).toEqual([]);
    expect(out.height).toBe(LANE.axis);
  });

  test('a lane without items is marked empty with its note', () => {
    const out = layoutPeriodLanes([{ key: 'a', label: 'A', items: [], note: 'geen bedragen bekend' }], 2021, 2027, 700);
    expect(out.lanes[0].empty).toBe(true);
    expect(out.lanes[0].note).toBe('geen bedragen bekend');
  });

  test('a period amount is one bar spanning its years, never split', () => {
    const out = layout([item({ from: 2022, to: 2027, per: 'totaal', amount: 2_932_000 })]);
    expect(out.lanes[0].bars).toHaveLength(1);
    const bar = out.lanes[0].bars[0];
    expect(bar.span).toBe('periode');
    expect(bar.x).toBe(102);
    expect(bar.width).toBe(596);
  });

  test('an amount per year gets a bar in each year of its range', () => {
    const out = layout([item({ from: 2023, to: 2024, per: 'jaar', amount: 235_000 })]);
    expect(out.lanes[0].bars.map((b) => [b.x, b.span])).toEqual([
      [202, 'jaar'],
      [302, 'jaar'],
    ]);
  });

  test('a per-year amount without end year runs to the last year and is marked open', () => {
    const out = layout([item({ from: 2022, to: null, per: 'jaar' })]);
    expect(out.lanes[0].bars).toHaveLength(6);
    expect(out.lanes[0].bars.every((b) => b.open)).toBe(true);
  });

  test('missing years: rows without a start year, or a period without end, go to undated', () => {
    const out = layout([
      item({ id: 'a', from: null, to: null }),
      item({ id: 'b', from: null, to: 2027, per: 'jaar' }),
      item({ id: 'c', from: 2022, to: null, per: 'totaal' }),
    ]);
    expect(out.lanes[0].bars).toEqual([]);
    expect(out.undated.map((u) => [u.id, u.reason])).toEqual([
      ['a', 'jaar onbekend'],
      ['b', 'jaar onbekend'],
      ['c', 'jaar onbekend'],
    ]);
  });

  test('an amount wholly outside the chosen years is listed, not dropped', () => {
    const out = layoutPeriodLanes([{ key: 'a', label: 'A', items: [item({ from: 2021, to: 2021 })] }], 2022, 2027, 600);
    expect(out.undated.map((u) => u.reason)).toEqual(['buiten de gekozen jaren']);
  });

  test('negative amounts (money moved out of a year) are placed and flagged', () => {
    const out = layout([item({ id: 'uit', from: 2022, to: 2022, amount: -113_000, label: 'eruit − € 113.000' })]);
    expect(out.lanes[0].bars[0].negative).toBe(true);
    expect(out.lanes[0].bars[0].x).toBe(102);
  });

  test('a line without amount is drawn as missing, not as zero', () => {
    const out = layout([
      item({ amount: null, label: 'niet gemeld' }),
      item({ id: 'nul', from: 2024, to: 2024, amount: 0, label: '€ 0' }),
    ]);
    expect(out.lanes[0].bars.map((b) => b.missing)).toEqual([true, false]);
  });

  test('a year whose value is missing (no population) is drawn as missing', () => {
    const out = layout([
      item({
        from: 2025,
        to: 2026,
        per: 'jaar',
        yearLabels: { 2025: '€ 1,45', 2026: 'geen inwonertal' },
        yearMissing: { 2026: true },
      }),
    ]);
    expect(out.lanes[0].bars.map((b) => [b.label, b.missing])).toEqual([
      ['€ 1,45', false],
      ['geen inwonertal', true],
    ]);
  });

  test('bars whose labels would overlap go to separate rows', () => {
    const out = layout([
      item({ id: 'a', from: 2022, to: 2022, label: 'eruit − € 113.000 naar 2023' }),
      item({ id: 'b', from: 2023, to: 2023, label: '€ 1' }),
      item({ id: 'c', from: 2025, to: 2025, label: '€ 1' }),
    ]);
    const [a, b, c] = out.lanes[0].bars;
    expect(b.y).toBeGreaterThan(a.y);
    expect(c.y).toBe(a.y);
  });

  test('a label near the right edge is anchored at the bar end', () => {
    const out = layout([item({ from: 2027, to: 2027, label: 'een heel lange tekst bij 2027' })]);
    expect(out.lanes[0].bars[0].textAnchor).toBe('end');
  });
});
