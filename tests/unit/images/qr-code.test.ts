import { describe, expect, test } from 'vitest';
import { qrSvg } from '../../../src/images/qr-code';

describe('qrSvg', () => {
  test('returns an SVG hidden from assistive technology', async () => {
    const svg = await qrSvg('https://example.org/gemeenten/diemen/');
    expect(svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    expect(svg).toContain('<path');
  });
});
