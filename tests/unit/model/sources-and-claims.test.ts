import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { Dataset } from '../../../src/data/load-dataset';
import { sourceCounts, sourcesSentence, sourceWarning } from '../../../src/model/bronnen/source-standing';
import { citationsBySource } from '../../../src/model/bronnen/citations';
import { decisionFilters, newestFirst } from '../../../src/model/besluiten/decision-index';
import { otherSourcesOfStream } from '../../../src/model/national/disagreements';
import { nationalMoneyChart } from '../../../src/charts/national-money/spec';
import { aimsAcrossChart } from '../../../src/charts/count-bars/spec';
import { buildSiteModel } from '../../../src/model/site-model';
import type { SiteModel } from '../../../src/model/site-model';

let dataset: Dataset;
let site: SiteModel;
beforeAll(async () => {
  dataset = await loadDataset(fileURLToPath(new URL('../../../data/', import.meta.url)));
  site = buildSiteModel(dataset, [], []);
});

describe('claims about the sources, counted from the data', () => {
  test('the footer counts the amounts whose source has no public address, and the secondary ones', () => {
    const counts = sourceCounts(dataset);
    // Counted here by hand from data/ rather than by the function under test.
    const amountRows = [...dataset.rijksmiddelen, ...dataset.toekenningen, ...dataset.bestedingen.filter((b) => b.bedrag_eur !== null), ...dataset.verschuivingen];
    const noUrl = new Set(dataset.bronnen.filter((b) => b.url === null).map((b) => b.id));
    expect(counts.amounts).toBe(amountRows.length);
    expect(counts.amountsNotPublic).toBe(amountRows.filter((r) => noUrl.has(r.bron)).length);
    expect(counts.amountsNotPublic).toBeGreaterThan(0);
    expect(counts.sources - counts.publicSources).toBe(noUrl.size);
    const sentence = sourcesSentence(counts);
    expect(sentence).toContain(`Van de ${amountRows.length} bedragen`);
    expect(sentence).not.toMatch(/Elk bedrag .* openbaar document/);
  });

  test('a source without a public address or a secondary one is flagged in words', () => {
    expect(sourceWarning({ url: null, primair: true, soort: 'collegebesluit', uitgever: 'Gemeente Amstelveen' })).toBe('niet openbaar');
    expect(sourceWarning({ url: 'https://example.org/', primair: false, soort: 'nieuwsbericht', uitgever: 'RTV Drenthe' })).toBe('secundaire bron (nieuwsbericht, RTV Drenthe)');
    expect(sourceWarning({ url: 'https://example.org/', primair: true, soort: 'begroting', uitgever: 'Gemeente Zwolle' })).toBeNull();
  });

  test('the national chart names the VNG as the body that states € 150.000.000', () => {
    const chart = nationalMoneyChart(site);
    expect(chart.summary).toMatch(/^De VNG noemt € 150\.000\.000 per jaar/);
    expect(chart.summary).not.toContain('Het Rijk noemt');
  });

  test('aims are counted apart by who named them, on the base of gemeenten with plans', () => {
    const chart = aimsAcrossChart(site);
    const withPlans = new Set(dataset.bestedingen.map((b) => b.cbs_code)).size;
    expect(chart.rows.every((r) => r.basis === withPlans)).toBe(true);
    expect(withPlans).toBeLessThan(342);
    const leervermogen = chart.rows.filter((r) => String(r.doel).startsWith('Versterken van het leervermogen'));
    expect(leervermogen.map((r) => [r.door, r.gemeenten])).toEqual([
      ['bron', 0],
      ['redactie', new Set(dataset.bestedingen.filter((b) => b.doel === 'leervermogen').map((b) => b.cbs_code)).size],
    ]);
    expect(chart.summary).toContain(`van ${withPlans} gemeenten`);
    expect(chart.summary).not.toContain('van 342 gemeenten)');
  });

  test('sources that disagree about the same money are shown beside each other', () => {
    const others = otherSourcesOfStream(dataset.rijksmiddelen);
    expect(others.get('rechtsbescherming-kwetsbare-inwoners')!.map((r) => r.id).sort()).toEqual(['rechtsbescherming-divosa-vanaf-2021', 'rechtsbescherming-swn-deel-van-150-miljoen']);
    expect(others.has('pok-totaal-2021-2027')).toBe(false);
  });
});

describe('the source and decision pages', () => {
  test('every row that cites a source is listed on its page, the decisions newest first', () => {
    const citations = citationsBySource(dataset);
    const cited = (table: keyof Dataset, rows: { bron: string }[]) => rows.length === [...citations.values()].flat().filter((c) => c.table === table).length;
    expect(cited('toekenningen', dataset.toekenningen)).toBe(true);
    expect(cited('bestedingen', dataset.bestedingen)).toBe(true);
    expect(cited('besluiten', dataset.besluiten)).toBe(true);
    expect(cited('inwoners', dataset.inwoners)).toBe(true);
    const diemen = citations.get('diemen-raadsinformatiebrief-pok-2023-2027')!;
    expect(diemen.find((c) => c.table === 'besluiten')).toMatchObject({ href: '/besluiten/diemen-2022-12-20-bestedingsplan/', label: expect.stringContaining('20 december 2022') });
    expect(diemen.filter((c) => c.table === 'bestedingen').every((c) => c.href.startsWith('/gemeenten/diemen/#besteding-'))).toBe(true);
  });

  test('decisions are filtered by gemeente, body, outcome and year, newest first within each', () => {
    const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g]));
    const filters = decisionFilters(dataset.besluiten, (code) => gemeenten.get(code)!, { body: (b) => b });
    const enschede = filters.gemeente.find((f) => f.key === 'enschede')!;
    expect(enschede.anchor).toBe('gemeente-enschede');
    expect(enschede.decisions.map((b) => b.id)).toEqual(['enschede-2023-11-07-bestedingsplan', 'enschede-2023-motie-regie']);
    expect(filters.jaar.map((f) => f.key)).toEqual(['2024', '2023', '2022']);
    expect(filters.uitkomst.find((f) => f.key === 'voorgesteld')!.decisions.map((b) => b.id)).toEqual(['dordrecht-2022-09-06-sociaal-wijkteam']);
    // A decision about a request is filed under what became of the request, not under "aangenomen".
    expect(filters.uitkomst.find((f) => f.key === 'verzoek-afgewezen')!.decisions.map((b) => b.id)).toEqual(['amstelveen-2024-05-28-ombudsman']);
    expect(filters.uitkomst.find((f) => f.key === 'aangenomen')!.decisions.map((b) => b.id)).not.toContain('amstelveen-2024-05-28-ombudsman');
    for (const kind of ['gemeente', 'orgaan', 'uitkomst', 'jaar'] as const) expect(filters[kind].reduce((n, f) => n + f.decisions.length, 0)).toBe(dataset.besluiten.length);
    const dates = newestFirst(dataset.besluiten).map((b) => b.datum);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
