import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { chartPng, renderChartPng } from '../../../src/images/chart-png';
import { sfntFonts } from '../../../src/images/fonts';
import { ImageCache, imageKey } from '../../../src/images/image-cache';
import { RENDERER_VERSION } from '../../../src/images/rasterise';
import { shareImages } from '../../../src/images/share-image';

const WORKER = new URL('../../../src/images/share-image-worker.ts', import.meta.url);
const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="26" font-size="16" font-weight="700">€ 2.932.000</text></svg>';
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pok-image-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ImageCache', () => {
  test('a second call with the same key draws nothing and gives the same bytes, also in the next build', async () => {
    const dir = folder();
    let draws = 0;
    const draw = async () => {
      draws += 1;
      return Buffer.from(`png ${draws}`);
    };
    const cache = new ImageCache(dir);
    const first = await cache.through(['a', 'b'], draw);
    expect(await cache.through(['a', 'b'], draw)).toEqual(first);
    expect(await new ImageCache(dir).through(['a', 'b'], draw)).toEqual(first);
    expect(draws).toBe(1);
    expect([cache.drawn, cache.reused]).toEqual([1, 1]);
    await cache.through(['a', 'c'], draw);
    expect(draws).toBe(2);
    // Written by temp file and rename: only finished images are left in the folder.
    expect(readdirSync(dir).sort()).toEqual([`${imageKey(['a', 'b'])}.png`, `${imageKey(['a', 'c'])}.png`].sort());
  });

  test('without a folder every image is drawn', async () => {
    const cache = new ImageCache(null);
    await cache.through(['a'], async () => Buffer.from('x'));
    await cache.through(['a'], async () => Buffer.from('x'));
    expect([cache.drawn, cache.reused]).toEqual([2, 0]);
  });

  test('keys keep the parts apart', () => {
    expect(imageKey(['ab', 'c'])).not.toBe(imageKey(['a', 'bc']));
    expect(imageKey(['ab', 'c'])).toBe(imageKey(['ab', 'c']));
  });
});

describe('chartPng', () => {
  test('draws the same bytes as resvg-js’s own synchronous render of the chart (the renderer before the cache)', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const options = {
      fitTo: { mode: 'zoom', value: 2 },
      font: { loadSystemFonts: false, fontBuffers: sfntFonts(), defaultFontFamily: 'Noto Sans' },
    };
    const expected = new Resvg(CHART, options as never).render().asPng();
    const png = await renderChartPng(CHART);
    expect(png.equals(expected)).toBe(true);
    // The text is drawn with the site font: a chart without fonts would have no dark pixels.
    const blank = new Resvg(CHART.replace(/<text.*<\/text>/, ''), options as never).render().asPng();
    expect(png.equals(blank)).toBe(false);
  });

  test('a rebuild with the same SVG renders nothing', async () => {
    const dir = folder();
    const first = new ImageCache(dir);
    const png = await chartPng(CHART, first);
    const second = new ImageCache(dir);
    expect((await chartPng(CHART, second)).equals(png)).toBe(true);
    expect([first.drawn, second.drawn, second.reused]).toEqual([1, 0, 1]);
    expect(readFileSync(join(dir, readdirSync(dir)[0])).equals(png)).toBe(true);
  });
});

describe('share images in the cache', { timeout: 60_000 }, () => {
  const card = {
    kicker: 'Gemeente',
    title: 'Diemen',
    facts: [{ label: 'Toegekend', value: '€ 1.000 in totaal' }],
    path: '/gemeenten/diemen/',
  };

  test('a rebuild with unchanged cards draws none of them; a changed card is drawn', async () => {
    const dir = folder();
    const cache = new ImageCache(dir);
    const build = shareImages(WORKER, cache);
    build.drawEarly(card, 'POK in beeld', 'voet');
    const png = await build.render(card, 'POK in beeld', 'voet');
    const again = new ImageCache(dir);
    const rebuild = shareImages(WORKER, again);
    rebuild.drawEarly(card, 'POK in beeld', 'voet');
    expect((await rebuild.render(card, 'POK in beeld', 'voet')).equals(png)).toBe(true);
    expect([cache.drawn, again.drawn, again.reused]).toEqual([1, 0, 1]);
    await rebuild.render(card, 'POK in beeld', 'andere voet');
    expect(again.drawn).toBe(1);
  });
});

describe('RENDERER_VERSION', () => {
  test('names the installed satori and resvg-js, so that an upgrade redraws every cached image', () => {
    const version = (name: string) =>
      (
        JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
          version: string;
        }
      ).version;
    expect(RENDERER_VERSION).toContain(`satori ${version('satori')};`);
    expect(RENDERER_VERSION).toContain(`@resvg/resvg-js ${version('@resvg/resvg-js')};`);
  });
});
