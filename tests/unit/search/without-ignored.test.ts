import { describe, expect, test } from 'vitest';
import { withoutIgnored } from '../../../src/search/without-ignored';

describe('what Pagefind is given: the page without what it marks data-pagefind-ignore', () => {
  test('removes the marked element with everything nested in it, also elements of the same name', () => {
    const html =
      '<main><p>Bedrag € 5.000</p><div class="figure-tools" data-pagefind-ignore><a>link</a><div class="report-body"><div>meld een fout</div></div></div><p>Bron</p></main>';
    expect(withoutIgnored(html)).toBe('<main><p>Bedrag € 5.000</p><p>Bron</p></main>');
  });

  test('handles several marked elements, "all", other attributes after the marker, and self-closing tags', () => {
    const html =
      '<section id="a" data-pagefind-ignore="all"><h2>Vergelijk</h2></section><p>blijft</p><details class="chart-table" data-pagefind-ignore open><summary>tabel</summary></details><img data-pagefind-ignore src="x.png" /><p>ook</p>';
    expect(withoutIgnored(html)).toBe('<p>blijft</p><p>ook</p>');
  });

  test('leaves a page without markers as it is, and does not take an attribute that only starts the same for the marker', () => {
    const html = '<div data-pagefind-body><p data-pagefind-ignored-not="1">tekst</p></div>';
    expect(withoutIgnored(html)).toBe(html);
  });
});
