import { describe, expect, test } from 'vitest';
import { addPngText, encodeRgbaPng, readPngText } from '../../../src/images/png';

describe('addPngText', () => {
  test('stores UTF-8 text in the PNG that readPngText gives back', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const png = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="2" height="2"/></svg>',
    )
      .render()
      .asPng();
    const withText = addPngText(png, 'pok-facts', '{"waarde":"€ 2.932.000"}');
    expect(readPngText(withText, 'pok-facts')).toBe('{"waarde":"€ 2.932.000"}');
    expect(readPngText(png, 'pok-facts')).toBeNull();
    expect(withText.subarray(-12, -8).readUInt32BE(0)).toBe(0); // IEND stays last
  });
});

describe('encodeRgbaPng', () => {
  test('writes a PNG that an independent decoder (resvg, as an embedded image) reads back pixel for pixel', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const drawing =
      '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="5"><rect width="7" height="5" fill="#fff"/><rect x="1" y="1" width="3" height="2" fill="#0b5394"/><rect x="5" y="0" width="2" height="5" fill="#c0392b"/></svg>';
    const original = new Resvg(drawing).render();
    const png = encodeRgbaPng(original.pixels, original.width, original.height);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([7, 5]);
    const embedded = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="7" height="5"><image width="7" height="5" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    expect(new Resvg(embedded).render().pixels).toEqual(original.pixels);
  });
});
