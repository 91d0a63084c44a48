import { describe, expect, test } from 'vitest';
import { ImageCache } from '../../../src/images/image-cache';
import { readPngText } from '../../../src/images/png';
import { FACTS_KEYWORD, shareImages } from '../../../src/images/share-image';

const WORKER = new URL('../../../src/images/share-image-worker.ts', import.meta.url);

// Starting the worker threads and their fonts takes seconds on a busy shared machine, more than vitest's default 5 s.
describe('shareImages (drawn in worker threads)', { timeout: 60_000 }, () => {
  const { drawEarly: drawShareImageEarly, render: renderShareImage } = shareImages(WORKER, new ImageCache(null));
  const card = {
    kicker: 'Gemeente',
    title: 'Amstelveen',
    facts: [{ label: 'Toegekend', value: '€ 2.932.000 in totaal' }],
    path: '/gemeenten/amstelveen/',
  };

  test('draws a 1200 × 630 PNG that carries the card it shows', async () => {
    const png = await renderShareImage(card, 'POK in beeld', 'example.org/gemeenten/amstelveen/');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(JSON.parse(readPngText(png, FACTS_KEYWORD)!)).toEqual(card);
  });

  test('an image started early is the one the endpoint gets, and each card gets its own', async () => {
    const other = { ...card, title: 'Diemen', path: '/gemeenten/diemen/' };
    drawShareImageEarly(card, 'POK in beeld', 'voet');
    drawShareImageEarly(other, 'POK in beeld', 'voet');
    const [first, second] = await Promise.all([
      renderShareImage(other, 'POK in beeld', 'voet'),
      renderShareImage(card, 'POK in beeld', 'voet'),
    ]);
    expect(JSON.parse(readPngText(first, FACTS_KEYWORD)!).title).toBe('Diemen');
    expect(JSON.parse(readPngText(second, FACTS_KEYWORD)!).title).toBe('Amstelveen');
  });
});
