import { describe, expect, test } from 'vitest';
import { embedHeight, iframeCode, resizeCode, RESIZE_MESSAGE } from '../../../src/embed/embed-code';
import { embedPath } from '../../../src/embed/chart-homes';

const spec = (svg: string, summary = 'Een korte zin.') => ({
  title: 'Geld per jaar',
  summary,
  svg,
  aside: [],
  bronIds: ['a'],
});

describe('the iframe code offered under "insluiten"', () => {
  test('points at the embed page, names the chart for screen readers and escapes quotes', () => {
    const code = iframeCode('https://voorbeeld.nl/embed/x/', 'Geld "per" jaar (POK in beeld)', 480);
    expect(code).toMatch(
      /^<iframe src="https:\/\/voorbeeld\.nl\/embed\/x\/" title="Geld &quot;per&quot; jaar \(POK in beeld\)" width="100%" height="480"/,
    );
    expect(code.endsWith('></iframe>')).toBe(true);
  });

  test('the embed page of a chart lives under /embed/', () => {
    expect(embedPath('amstelveen-geld-per-jaar')).toBe('/embed/amstelveen-geld-per-jaar/');
  });

  test('the resize script listens only to the site itself and to its own message', () => {
    const code = resizeCode('https://voorbeeld.nl');
    expect(code).toContain('e.origin!=="https://voorbeeld.nl"');
    expect(code).toContain(`e.data.type!=="${RESIZE_MESSAGE}"`);
  });
});

describe('the starting height of the frame', () => {
  test('grows with the drawing: a tall viewBox gives a taller frame than a flat one', () => {
    const flat = embedHeight(spec('<svg viewBox="0 0 720 200">'));
    const tall = embedHeight(spec('<svg viewBox="0 0 720 800">'));
    expect(tall - flat).toBeGreaterThan(450);
    expect(flat).toBeGreaterThan(200 * (688 / 720));
  });

  test('grows with the text above and beside the drawing, and is a multiple of 10', () => {
    const short = embedHeight(spec('<svg viewBox="0 0 720 300">'));
    const long = embedHeight({
      ...spec('<svg viewBox="0 0 720 300">', 'x'.repeat(400)),
      aside: [{ heading: 'Zonder jaar', lines: ['a', 'b', 'c'] }],
    });
    expect(long).toBeGreaterThan(short + 100);
    expect(long % 10).toBe(0);
  });

  test('a comparison without viewBox uses its own height', () => {
    expect(embedHeight(spec('<svg class="compare-svg" width="100%" height="900">'))).toBeGreaterThan(900);
  });
});
