import { describe, expect, test } from 'vitest';
import { similarGemeenten, sizeClass } from '../../../src/model/similar';
import type { SimilarCandidate } from '../../../src/model/similar';

const c = (slug: string, provincie: string, inwoners2024: number | null): SimilarCandidate => ({
  slug,
  naam: slug,
  provincie,
  inwoners2024,
});

describe('sizeClass', () => {
  test('class boundaries: 20.000 belongs to the second class', () => {
    expect(sizeClass(19_999)?.key).toBe('tot-20k');
    expect(sizeClass(20_000)?.key).toBe('20k-50k');
    expect(sizeClass(250_000)?.key).toBe('vanaf-250k');
    expect(sizeClass(null)).toBeNull();
  });
});

describe('similarGemeenten', () => {
  const all = [
    c('a', 'NH', 30_000),
    c('b', 'NH', 31_000),
    c('c', 'NH', 45_000),
    c('d', 'UT', 30_500),
    c('e', 'NH', 60_000),
    c('f', 'NH', null),
  ];
  test('same province and size class, nearest population first, never itself', () => {
    expect(similarGemeenten(all[0], all).map((s) => s.slug)).toEqual(['b', 'c']);
  });
  test('a gemeente without a 2024 population gets no suggestions', () => {
    expect(similarGemeenten(all[5], all)).toEqual([]);
  });
  test('the limit caps the list', () => {
    expect(similarGemeenten(all[0], all, 1).map((s) => s.slug)).toEqual(['b']);
  });
});
