import { describe, expect, test } from 'vitest';
import { renderLanesSvg } from '../../../../src/charts/lanes/render';
import { layoutPeriodLanes } from '../../../../src/charts/lanes/layout';

describe('renderLanesSvg', () => {
  test('a missing amount is hatched and labelled, a zero is not', () => {
    const layout = layoutPeriodLanes(
      [
        {
          key: 'a',
          label: 'A',
          items: [
            { id: 'm', from: 2022, to: 2022, per: 'totaal', amount: null, label: 'niet gemeld', kind: 'begroot' },
            { id: 'z', from: 2024, to: 2024, per: 'totaal', amount: 0, label: '€ 0', kind: 'begroot' },
          ],
        },
      ],
      2021,
      2027,
    );
    const svg = renderLanesSvg(layout, { id: 't', title: 'T', desc: 'D' });
    expect(svg).toMatch(/data-id="m"><rect[^>]*fill="url\(#t-hatch\)"/);
    expect(svg).toMatch(/data-id="z"><rect[^>]*fill="#fde3b8"/);
    expect(svg).toContain('niet gemeld');
  });
});
