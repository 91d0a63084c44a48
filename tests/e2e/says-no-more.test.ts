import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { outDir } from './page-types';

/*
 * The built site says no more than data/ and its sources (issue 23). Each test reads the built
 * HTML and compares it with what data/ holds: the expectation comes from the CSV files, never
 * from the code that writes the pages.
 */
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../data/${table}.csv`, import.meta.url)), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
const html = (file: string) => readFileSync(join(outDir, file), 'utf8');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };
/** The words of an HTML fragment: tags and scripts out, entities decoded, spaces collapsed. */
const words = (fragment: string) =>
  fragment
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, e: string) => ENTITIES[e])
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
/** The element with this id, from its opening tag to the first closing tag of its kind (li, tr, dl, figure: not nested here). */
function element(page: string, id: string, tag: string): string {
  const start = page.search(new RegExp(`<${tag}\\b[^>]*\\bid="${id}"`));
  if (start < 0) return '';
  return page.slice(start, page.indexOf(`</${tag}>`, start) + tag.length + 3);
}
/** The summary sentence of a chart, and its legend, without the data table under "Tabel met dezelfde gegevens". */
// A chart without a drawing is a <div class="chart-empty"> with its sentence and lists (no nested div).
const chartText = (page: string, id: string) =>
  words((element(page, id, 'figure') || element(page, id, 'div')).replace(/<details[\s\S]*?<\/details>/g, ' '));

const gemeenten = new Map(csv('gemeenten').map((g) => [g.cbs_code, g]));
const slug = (code: string) => gemeenten.get(code)!.slug;
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('decisions say what was decided', () => {
  test('a decision about a request shows what became of the request, nowhere only "aangenomen" (Amstelveen, 28 mei 2024)', () => {
    const requests = csv('besluiten').filter((b) => b.onderwerp === 'verzoek');
    expect(requests.length).toBeGreaterThan(0);
    for (const b of requests) {
      expect(b.verzoek_uitkomst, `${b.id}: data/besluiten.csv records what became of the request`).toBeTruthy();
      const expected = `verzoek ${b.verzoek_uitkomst}`;
      const gemeentePage = html(`gemeenten/${slug(b.cbs_code)}/index.html`);
      const timelineLabels = [
        ...element(gemeentePage, 'grafiek-besluiten', 'figure').matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g),
      ]
        .map((m) => words(m[1]))
        .filter((t) => t.startsWith(dutchDate(b.datum)));
      const places = {
        'decision page': element(html(`besluiten/${b.id}/index.html`), 'besluit', 'dl'),
        'gemeente page': element(gemeentePage, `besluit-${b.id}`, 'li'),
        '/besluiten/': element(html('besluiten/index.html'), `besluit-${b.id}`, 'tr'),
        'timeline chart': timelineLabels.join(' | '),
      };
      for (const [where, fragment] of Object.entries(places)) {
        const text = words(fragment).toLowerCase();
        expect(text, `${b.id} on the ${where}`).toContain(expected);
        expect(text, `${b.id} on the ${where}`).not.toContain('aangenomen');
      }
    }
  });

  test('a proposal reads as a proposal wherever decisions are counted or listed (Dordrecht, 6 september 2022)', () => {
    const byGemeente = Map.groupBy(csv('besluiten'), (b) => b.cbs_code);
    const withProposals = [...byGemeente].filter(([, rows]) => rows.some((b) => b.uitkomst === 'voorgesteld'));
    expect(withProposals.length).toBeGreaterThan(0);
    for (const [code, rows] of withProposals) {
      const page = html(`gemeenten/${slug(code)}/index.html`);
      const summary = words(
        element(page, 'grafiek-besluiten', 'figure').match(/<p class="chart-summary">[\s\S]*?<\/p>/)?.[0] ?? '',
      );
      const decisions = rows.filter((b) => b.uitkomst !== 'voorgesteld').length;
      // Every count of decisions the summary gives is the number of rows that are no proposal.
      for (const m of summary.matchAll(/(\d+) besluit(?:en)?\b/g))
        expect(Number(m[1]), `${code}: "${summary}"`).toBe(decisions);
      expect(summary, code).toMatch(/voorstel/);
      for (const b of rows.filter((r) => r.uitkomst === 'voorgesteld'))
        expect(words(element(page, `besluit-${b.id}`, 'li')), b.id).toMatch(/voorgesteld|voorstel/);
    }
  });
});

describe('nothing derived or carried forward is called known', () => {
  test('the per-inhabitant map on /vergelijk/ never calls its figures "bekend" (2025: carried forward and divided)', () => {
    const page = html('vergelijk/index.html');
    const text = `${chartText(page, 'grafiek-kaart-per-inwoner')} ${words(element(page, 'kaart-per-inwoner', 'section').split('<figure')[0])}`;
    expect(text.length).toBeGreaterThan(200);
    expect(text.match(/[^.]*\bbekend\b[^.]*/g) ?? []).toEqual([]);
  });
});

describe('counts and labels name only what they count', () => {
  test('the home page never says "geen plan bekend" of gemeenten whose plan or proposal is in the data (Dordrecht)', () => {
    const current = csv('gemeenten').filter((g) => !g.geldig_tot);
    const withLines = new Set(csv('bestedingen').map((b) => b.cbs_code));
    const planDecisions = csv('besluiten').filter(
      (b) => ['plan', 'raadsvoorstel'].includes(b.onderwerp) && !withLines.has(b.cbs_code),
    );
    const text = chartText(html('index.html'), 'grafiek-doelen-landelijk');
    if (/geen plan bekend/.test(text)) expect(planDecisions.map((b) => b.id)).toEqual([]);
    expect(text).toContain(
      `${current.filter((g) => withLines.has(g.cbs_code)).length} van ${current.length} gemeenten`,
    );
  });

  test('a compare link on /vergelijk/ names the gemeenten it shows and claims no source for its choice (Amstelveen, Diemen en Aalsmeer)', () => {
    const section = element(html('vergelijk/index.html'), 'veelgebruikt', 'section');
    const links = [...section.matchAll(/<a href="([^"]*gemeenten=([^"&]*)[^"]*)">([^<]*)<\/a>/g)];
    expect(links.length).toBeGreaterThan(2);
    const bySlug = new Map(csv('gemeenten').map((g) => [g.slug, g.naam]));
    for (const [, , list, label] of links) {
      expect(label, label).not.toMatch(/\(uit |volgens |besluit/);
      // A link to a chosen set names each gemeente in it; the default link ("Alle gemeenten met bedragen") names the set by what it is.
      if (/^(Alle|De eerste) /.test(label)) continue;
      for (const s of decodeURIComponent(list).split(',').filter(Boolean))
        expect(words(label), label).toContain(bySlug.get(s));
    }
  });

  test('the coverage label names every kind of fact that puts a gemeente at its level (Zwolle: spending reported without amounts)', () => {
    const amounts = new Set(
      [...csv('toekenningen'), ...csv('verschuivingen'), ...csv('bestedingen').filter((b) => b.bedrag_eur)].map(
        (r) => r.cbs_code,
      ),
    );
    const spent = csv('bestedingen').filter(
      (b) => !b.bedrag_eur && !amounts.has(b.cbs_code) && ['besteed', 'onderbesteed'].includes(b.fase),
    );
    expect(spent.length).toBeGreaterThan(0);
    for (const code of new Set(spent.map((b) => b.cbs_code))) {
      const badge = words(element(html(`gemeenten/${slug(code)}/index.html`), 'samenvatting', 'dl'));
      expect(badge, code).toMatch(/bestedingen/i);
    }
  });
});

describe('coverage per year counts a year only where a source ties a fact to it', () => {
  /** Years each gemeente has an amount for, from data/: the stated years of an amount per year, a one-year total, a shift's years. */
  function amountYears(): Map<string, Set<number>> {
    const years = new Map<string, Set<number>>();
    const add = (code: string, year: number) => years.set(code, (years.get(code) ?? new Set()).add(year));
    for (const r of [...csv('toekenningen'), ...csv('bestedingen').filter((b) => b.bedrag_eur)]) {
      if (!r.jaar_van) continue;
      const from = Number(r.jaar_van);
      const to = r.jaar_tot ? Number(r.jaar_tot) - (r.jaar_tot_grens === 'tot' ? 1 : 0) : from;
      if (r.per !== 'jaar' && to > from) continue; // one amount for several years: no single year
      for (let y = from; y <= to; y++) add(r.cbs_code, y);
    }
    for (const v of csv('verschuivingen')) for (const y of [v.van_jaar, v.naar_jaar]) if (y) add(v.cbs_code, Number(y));
    return years;
  }

  test('"Bedragen bekend" in a year of the coverage table only where data/ ties an amount to that year (Amstelveen 2022-2027 total)', () => {
    const table = element(html('index.html'), 'grafiek-dekking', 'figure');
    const byName = new Map(csv('gemeenten').map((g) => [g.naam, g.cbs_code]));
    const tied = amountYears();
    let cells = 0;
    for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      // Each cell of the data table says its column: data-col="gemeente", data-col="2025".
      const naam = words(row.match(/<t[dh][^>]*data-col="gemeente"[^>]*>([\s\S]*?)<\/t[dh]>/)?.[1] ?? '');
      for (const [, year, value] of row.matchAll(/<td[^>]*data-col="(20\d\d)"[^>]*>([\s\S]*?)<\/td>/g)) {
        if (words(value) !== 'Bedragen bekend') continue;
        cells += 1;
        expect(tied.get(byName.get(naam)!)?.has(Number(year)), `${naam} ${year}`).toBe(true);
      }
    }
    expect(cells).toBeGreaterThan(3);
  });
});

describe('data rows as the site shows them', () => {
  test('"tot 2027" shows as "tot 2027", never as "t/m 2027" (druten-tot-2027)', () => {
    const row = csv('toekenningen').find((r) => r.id === 'druten-tot-2027')!;
    const text = words(element(html(`gemeenten/${slug(row.cbs_code)}/index.html`), 'toekenningen', 'section'));
    expect(text).toContain('tot 2027');
    expect(text).not.toMatch(/t\/m 2027|tot en met 2027/);
  });

  test('no quote exception claims a unit is missing for the Enschede 2351 rows: /methode/ lists none of them', () => {
    const list = element(html('methode/index.html'), 'uitzonderingen-lijst', 'ul');
    for (const row of csv('bestedingen').filter((r) => r.bron === 'enschede-bijlagen2351'))
      expect(list, row.id).not.toContain(row.id);
  });

  test('each search on a gemeente page names its round and shows its own date, or says the date was not recorded', () => {
    const byGemeente = Map.groupBy(csv('onderzocht'), (s) => s.cbs_code);
    let checked = 0;
    for (const [code, searches] of byGemeente) {
      const items =
        element(html(`gemeenten/${slug(code)}/index.html`), 'onderzoek', 'section').match(/<li>[\s\S]*?<\/li>/g) ?? [];
      expect(items, code).toHaveLength(searches.length);
      for (const s of searches) {
        const item = items.find((li) => li.includes(`/bronnen/${s.bron}/`));
        expect(item, `${code} ${s.bron}`).toBeDefined();
        expect(words(item!), `${code} ${s.bron}`).toContain(
          s.datum ? (s.datum.length === 10 ? dutchDate(s.datum) : s.datum) : 'datum niet vastgelegd',
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
