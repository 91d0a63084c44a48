import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

/*
 * Rows of data/ that once claimed more than their own quote (issue 23). Each check reads the CSV
 * as text and looks for the quote's own words, without the site's readers, so it cannot agree
 * with the code by construction.
 */
const csv = (table: string) =>
  Papa.parse<Record<string, string>>(readFileSync(fileURLToPath(new URL(`../../data/${table}.csv`, import.meta.url)), 'utf8'), { header: true, skipEmptyLines: true }).data;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DOCUMENT_NAME = /(?:burap|berap|bestuursrapportage|perspectiefnota|kadernota|voorjaarsnota|begroting|jaarverslag|jaarrekening|circulaire)\s*$/i;

/** Where `year` stands in `text` other than right after a document's name ("1e Burap 2022"). */
const yearStated = (text: string, year: string) => [...text.matchAll(new RegExp(`(?<![\\d.])${year}(?![\\d])`, 'g'))].some((m) => !DOCUMENT_NAME.test(text.slice(0, m.index)));

describe('every row says no more than its quote', () => {
  test('a year in a year column is stated by the row’s quote, not only by a document’s name (aalsmeer-1e-burap-2022-eenmalig)', () => {
    const columns: Record<string, string[]> = {
      rijksmiddelen: ['jaar_van', 'jaar_tot'],
      toekenningen: ['jaar_van', 'jaar_tot'],
      bestedingen: ['jaar_van', 'jaar_tot'],
      verschuivingen: ['van_jaar', 'naar_jaar'],
      resultaten: ['jaar'],
    };
    const unstated = Object.entries(columns).flatMap(([table, cols]) =>
      csv(table).flatMap((row) => cols.filter((c) => row[c] && !yearStated(row.citaat ?? '', row[c])).map((c) => `${table}/${row.id} ${c} ${row[c]}`)),
    );
    expect(unstated).toEqual([]);
  });

  test('"tot 2027" is recorded as an end that leaves 2027 out, "t/m" and "2022-2027" as one that counts it (druten-tot-2027)', () => {
    let checked = 0;
    for (const table of ['rijksmiddelen', 'toekenningen', 'bestedingen']) {
      for (const row of csv(table).filter((r) => r.jaar_tot)) {
        const exclusive = new RegExp(`\\btot ${row.jaar_tot}\\b`).test(row.citaat);
        expect(row.jaar_tot_grens, `${table}/${row.id}`).toBe(exclusive ? 'tot' : 'tot en met');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(csv('toekenningen').find((r) => r.id === 'druten-tot-2027')?.jaar_tot_grens).toBe('tot');
  });

  test('a decision’s date is stated by its quote as precisely as it is recorded (enschede-2023-11-07-motie-regie)', () => {
    const besluiten = csv('besluiten');
    expect(besluiten.length).toBeGreaterThan(5);
    for (const b of besluiten) {
      const [year, month, day] = b.datum.split('-');
      const quote = b.citaat.toLowerCase();
      if (day) expect(quote, b.id).toContain(`${Number(day)} ${MONTHS[Number(month) - 1]}`);
      else if (month) expect(quote, b.id).toContain(`${MONTHS[Number(month) - 1]} ${year}`);
      // A full date's year is in the quote, or the quote says "jl." (the source's own year).
      expect(quote.includes(year) || (day !== undefined && quote.includes(' jl.')), b.id).toBe(true);
    }
    expect(besluiten.map((b) => b.id)).not.toContain('enschede-2023-11-07-motie-regie');
  });

  test('a stream is part of a total only where its quote names that total (gemeentefonds-2021-versterking-dienstverlening)', () => {
    const rows = csv('rijksmiddelen');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const parts = rows.filter((r) => r.onderdeel_van);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const total = Number(byId.get(part.onderdeel_van)!.bedrag_eur);
      const notations = [`${total / 1_000_000} miljoen`, total.toLocaleString('nl-NL')];
      expect(notations.some((n) => part.citaat.includes(n)), `${part.id}: ${notations.join(' / ')}`).toBe(true);
    }
    expect(byId.get('gemeentefonds-2021-versterking-dienstverlening')?.onderdeel_van).toBe('');
  });

  test('the Enschede 2351 rows need no quote exception: their quote carries the table’s unit', () => {
    const rows = csv('bestedingen').filter((r) => r.bron === 'enschede-bijlagen2351');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.citaat_uitzondering, row.id).toBe('');
      expect(row.citaat, row.id).toContain('(bedragen in 1.000 euro)');
      expect(row.citaat, row.id).toContain(` ${Number(row.bedrag_eur) / 1000} `);
    }
  });

  test('a search names its research round and never borrows a date: one row per gemeente per round, no date where none was recorded', () => {
    const searches = csv('onderzocht');
    const bronnen = new Map(csv('bronnen').map((b) => [b.id, b]));
    const keys = searches.map((s) => `${s.cbs_code} ${s.bron}`);
    expect(new Set(keys).size).toBe(keys.length);
    const rounds = searches.filter((s) => bronnen.get(s.bron)?.soort === 'onderzoeksnotitie');
    expect(rounds.length).toBeGreaterThan(50);
    for (const s of rounds) {
      const report = bronnen.get(s.bron)!;
      expect(report.titel, s.bron).toMatch(/zoekronde/);
      // The report of a round has no recorded date, so neither has a search in it.
      if (!report.datum) expect(s.datum, `${s.cbs_code} ${s.bron}`).toBe('');
    }
    // Three rounds, and a gemeente searched in several rounds has a row for each.
    expect(new Set(rounds.map((s) => s.bron)).size).toBe(3);
    expect(rounds.filter((s) => s.cbs_code === 'GM0362').length).toBe(3);
  });
});
