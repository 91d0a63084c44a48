import { describe, expect, test } from 'vitest';
import { dateSpan, layoutTimeline } from '../../../../src/charts/timeline/layout';

describe('dateSpan', () => {
  test('a full date is a point', () => {
    const span = dateSpan('2022-01-01');
    expect([span.start, span.end, span.precision]).toEqual([2022, 2022, 'dag']);
  });
  test('a month is a span of one twelfth of a year', () => {
    const span = dateSpan('2024-07');
    expect(span.precision).toBe('maand');
    expect(span.start).toBeCloseTo(2024.5);
    expect(span.end).toBeCloseTo(2024.5 + 1 / 12);
  });
  test('a year only is the whole year', () => {
    expect(dateSpan('2023')).toEqual({ start: 2023, end: 2024, precision: 'jaar' });
  });
});

describe('layoutTimeline', () => {
  test('empty input still draws the axis', () => {
    const out = layoutTimeline([], 2021, 2027, 700);
    expect(out.events).toEqual([]);
    expect(out.ticks.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
  });
  test('one event is placed at its date', () => {
    // 7 years over 700 px: 1 January 2022 lies at 100 px.
    const out = layoutTimeline([{ id: 'a', date: '2022-01-01', label: 'a', kind: 'x' }], 2021, 2027, 700);
    expect(out.events[0].x).toBe(100);
    expect(out.events[0].row).toBe(0);
  });
  test('events close together get separate rows', () => {
    const out = layoutTimeline(
      [
        { id: 'a', date: '2022-03-15', label: 'a', kind: 'x' },
        { id: 'b', date: '2022-05-01', label: 'b', kind: 'x' },
        { id: 'c', date: '2026-01-01', label: 'c', kind: 'x' },
      ],
      2021,
      2027,
      700,
      150,
    );
    expect(out.events.map((e) => e.row)).toEqual([0, 1, 0]);
  });
});
