import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildProfiles } from '../../../src/model/profile/gemeente-profile';
import { coveredYears, missingFacts, pokYears, yearsText } from '../../../src/model/request/missing-facts';
import { requestContext } from '../../../src/model/request/request-context';
import { councilQuestionsText, wooRequestText } from '../../../src/model/request/request-texts';

// The synthetic fixture: Testdorp (GM0001), Proefstad (GM0002), Oud-Testveld (GM0003, merged into Testdorp after 2022).
const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const dataset = await loadDataset(VALID);
const profiles = buildProfiles(dataset);
const data = { profiles, bronnen: new Map(dataset.bronnen.map((b) => [b.id, b])), verzoekwegen: dataset.verzoekwegen };
const context = (code: string) => requestContext(profiles.get(code)!, data)!;
const missingOf = (code: string) => missingFacts(profiles.get(code)!).map((m) => [m.kind, m.years]);

describe('pokYears and coveredYears', () => {
  test('a gemeente counts the years of the POK money it existed in', () => {
    expect(pokYears({ geldig_vanaf: null, geldig_tot: null })).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(pokYears({ geldig_vanaf: '2023-01-01', geldig_tot: null })).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(pokYears({ geldig_vanaf: null, geldig_tot: '2022-12-31' })).toEqual([2021, 2022]);
    expect(pokYears({ geldig_vanaf: null, geldig_tot: '2020-12-31' })).toEqual([]);
  });
  test('a row covers its range; an open end runs to 2027; without a first year it names no year', () => {
    expect(coveredYears({ jaar_van: 2022, jaar_tot: 2023 })).toEqual([2022, 2023]);
    expect(coveredYears({ jaar_van: 2025, jaar_tot: null })).toEqual([2025, 2026, 2027]);
    expect(coveredYears({ jaar_van: null, jaar_tot: 2024 })).toEqual([]);
  });
});

describe('missingFacts', () => {
  test('Testdorp: allocation, budget and spending known for 2022-2025 only; plan, decisions and results known', () => {
    expect(missingOf('GM0001')).toEqual([
      ['toekenning', [2021, 2026, 2027]],
      ['begroting', [2021, 2026, 2027]],
      ['besteding', [2021, 2026, 2027]],
    ]);
  });
  test('Proefstad: open-ended allocation from 2023, a budget for 2023-2024, no spending, no plan', () => {
    expect(missingOf('GM0002')).toEqual([
      ['toekenning', [2021, 2022]],
      ['plan', null],
      ['begroting', [2021, 2022, 2025, 2026, 2027]],
      ['besteding', [2021, 2022, 2023, 2024, 2025, 2026, 2027]],
    ]);
  });
  test('Oud-Testveld (only a mention, merged after 2022): everything missing, for 2021 and 2022', () => {
    expect(missingOf('GM0003')).toEqual([
      ['toekenning', [2021, 2022]],
      ['plan', null],
      ['begroting', [2021, 2022]],
      ['besteding', [2021, 2022]],
      ['besluiten', null],
      ['resultaten', null],
    ]);
  });
});

describe('requestContext', () => {
  test('a former gemeente asks the gemeente it merged into, with that gemeente’s own page on how to file', () => {
    const ctx = context('GM0003');
    expect(ctx.gemeente.naam).toBe('Oud-Testveld');
    expect(ctx.addressee.naam).toBe('Testdorp');
    expect(ctx.years).toEqual([2021, 2022]);
    // The fixture's page for Testdorp is a source without a web address, found in iBabs.
    expect(ctx.routes['woo-verzoek']?.source).toMatchObject({ id: 'bron-testdorp-begroting', href: null });
    expect(ctx.routes['woo-verzoek']?.source.text).toContain('iBabs gemeente Testdorp');
    expect(ctx.routes['schriftelijke vragen']?.citaat).toContain('30 dagen');
  });
  test('lists every fact the site knows, each with the title and address of its source', () => {
    const ctx = context('GM0001');
    const p = profiles.get('GM0001')!;
    const facts =
      p.toekenningen.length +
      p.bestedingen.length +
      p.verschuivingen.length +
      p.besluiten.length +
      p.resultaten.length +
      p.vermeldingen.length;
    expect(ctx.known).toHaveLength(facts);
    const allocation = ctx.known.find((k) => k.text.startsWith('Geld van het Rijk'))!;
    expect(allocation.text).toContain('€ 2.932.000 in totaal, 2022 t/m 2025');
    expect(allocation.source.text).toContain('SYNTHETISCH testbestand');
    expect(allocation.source.href).toMatch(/^https:\/\/example\.org\//);
  });
  test('a gemeente without a page of its own gets none, and one that merged before 2021 gets no request', () => {
    expect(context('GM0002').routes).toEqual({});
    const gone = {
      ...profiles.get('GM0003')!,
      gemeente: { ...profiles.get('GM0003')!.gemeente, geldig_tot: '2020-12-31' },
    };
    expect(requestContext(gone, data)).toBeNull();
  });
});

describe('the request texts', () => {
  // One word per kind of fact that the texts must use where (and only where) it is missing.
  const WORDS = {
    toekenning: /toekenning/,
    plan: /bestedingsplan/,
    begroting: /begroot/,
    besteding: /werkelijk/,
    besluiten: /besluiten/i,
    resultaten: /resultaten/i,
  };
  const asked = (text: string) => text.slice(text.search(/Ik vraag u om de documenten|^Vragen$/m));

  test.each(['GM0001', 'GM0002', 'GM0003'])(
    '%s: both texts name the gemeente and ask for each missing kind, and only for those',
    (code) => {
      const ctx = context(code);
      for (const { text } of [wooRequestText(ctx), councilQuestionsText(ctx)]) {
        expect(text).toContain(ctx.gemeente.naam);
        const kinds = new Set(ctx.missing.map((m) => m.kind));
        for (const [kind, word] of Object.entries(WORDS))
          expect(word.test(asked(text)), `${code} ${kind}`).toBe(kinds.has(kind as never));
      }
    },
  );

  test('the Woo-verzoek goes to the college of the gemeente that holds the documents, names the missing years and the known facts with sources', () => {
    const woo = wooRequestText(context('GM0003')).text;
    expect(woo).toMatch(/^Aan: het college van burgemeester en wethouders van de gemeente Testdorp$/m);
    expect(woo).toContain('Oud-Testveld (nu onderdeel van Testdorp)');
    expect(woo).toContain('de jaren 2021 en 2022');
    expect(woo).toMatch(/^Adres: \[zie SYNTHETISCH testbestand: begroting Testdorp 2023 .*iBabs gemeente Testdorp\]$/m);
    const proefstad = wooRequestText(context('GM0002')).text;
    expect(proefstad).toMatch(/^Adres: \[het adres van de gemeente\]$/m);
    expect(proefstad).toContain('hoeveel geld de gemeente van het Rijk kreeg voor dit doel over 2021 en 2022');
    expect(proefstad).toContain(
      '- Geld van het Rijk (algemene uitkering): € 92.000 per jaar, vanaf 2023. Bron: SYNTHETISCH testbestand',
    );
    expect(proefstad).not.toContain('\u00a0');
  });

  test('the written questions are numbered and end by asking for the documents behind the answers', () => {
    const text = councilQuestionsText(context('GM0002')).text;
    const numbers = [...text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    expect(text.trimEnd().endsWith('Wilt u de stukken waarop uw antwoorden steunen openbaar maken?')).toBe(true);
  });

  test('say in words which years: a run, a list, one year', () => {
    expect(yearsText([2021, 2022, 2023, 2024])).toBe('2021 tot en met 2024');
    expect(yearsText([2021, 2026, 2027])).toBe('2021, 2026 en 2027');
    expect(yearsText([2021, 2022])).toBe('2021 en 2022');
    expect(yearsText([2025])).toBe('2025');
  });
});
