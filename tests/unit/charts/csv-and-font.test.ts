import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/charts/csv-text';
import { renderLanesSvg } from '../../../src/lib/charts/render-lanes-svg';
import { layoutPeriodLanes } from '../../../src/lib/charts/period-lanes';

describe('toCsv', () => {
  test('quotes cells with commas or quotes and ends with a newline', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'zeg "hoi"' }])).toBe('a,b\n"x, y","zeg ""hoi"""\n');
  });
  test('empty rows give only the header', () => {
    expect(toCsv(['a'], [])).toBe('a\n');
  });
  test('negative numbers stay numbers; formula-like text is defused', () => {
    expect(toCsv(['a', 'b'], [{ a: -113000, b: '=SUM(A1)' }])).toBe("a,b\n-113000,'=SUM(A1)\n");
  });
});

describe('renderLanesSvg', () => {
  test('a missing amount is hatched and labelled, a zero is not', () => {
    const layout = layoutPeriodLanes([{ key: 'a', label: 'A', items: [
      { id: 'm', from: 2022, to: 2022, per: 'totaal', amount: null, label: 'niet gemeld', kind: 'begroot' },
      { id: 'z', from: 2024, to: 2024, per: 'totaal', amount: 0, label: '€ 0', kind: 'begroot' },
    ] }], 2021, 2027);
    const svg = renderLanesSvg(layout, { id: 't', title: 'T', desc: 'D' });
    expect(svg).toMatch(/data-id="m"><rect[^>]*fill="url\(#t-hatch\)"/);
    expect(svg).toMatch(/data-id="z"><rect[^>]*fill="#fde3b8"/);
    expect(svg).toContain('niet gemeld');
  });
});
