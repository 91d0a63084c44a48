import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { amountLines, dateLine, perLine, periodLines } from '../../../src/data/audit/audit-rows';
import { auditDataset } from '../../../src/data/audit/audit-dataset';
import { formatAudit } from '../../../src/data/audit/format-audit';
import { loadDataset } from '../../../src/data/load-dataset';

// Synthetic rows: what the audit puts beside each claim, and where it flags a claim the quote does not carry.
const flags = (lines: { field: string; flag?: string }[]) => lines.filter((l) => l.flag).map((l) => l.field);

describe('the data audit', () => {
  test('puts an amount beside the words that state it, a table cell with its unit', () => {
    const lines = amountLines('bestedingen', { bedrag_eur: 48_000, bedrag_precisie: 'exact', citaat: 'SYNTHETISCH (bedragen in 1.000 euro) 2024 2025 [...] regel 48 48' });
    expect(lines.map((l) => [l.field, l.encodes, l.quote])).toEqual([
      ['bedrag', '48000', '"48" × 1.000 (tabel), "48" × 1.000 (tabel)'],
      ['precisie', 'exact', 'exact'],
    ]);
    expect(flags(lines)).toEqual([]);
  });

  test('flags an amount or a precision the quote does not state', () => {
    expect(flags(amountLines('toekenningen', { bedrag_eur: 5_000_000, bedrag_precisie: 'exact', citaat: 'SYNTHETISCH: ruim 5 miljoen euro' }))).toEqual(['precisie']);
    expect(flags(amountLines('toekenningen', { bedrag_eur: 6_000_000, bedrag_precisie: 'exact', citaat: 'SYNTHETISCH: ruim 5 miljoen euro' }))).toEqual(['bedrag']);
  });

  test('flags a year that is only part of a document name, and period words not in the quote', () => {
    const row = { jaar_van: 2022, jaar_tot: 2022, jaar_tot_grens: 'tot en met', periode_bron: 'eenmalig', per: 'totaal', citaat: 'SYNTHETISCH: in de 1e Burap 2022 eenmalig € 1.000' };
    const lines = periodLines(row, ['jaar_van', 'jaar_tot']);
    expect(lines[0]).toMatchObject({ field: 'periode', encodes: '2022', quote: 'in documentnaam: 2022', flag: '2022 niet in het citaat' });
    expect(flags(periodLines({ ...row, jaar_van: null, jaar_tot: null, periode_bron: 'de komende jaren' }, ['jaar_van', 'jaar_tot']))).toEqual(['woorden']);
  });

  test('flags "per jaar" that the quote does not say', () => {
    expect(flags(perLine({ per: 'jaar', citaat: 'SYNTHETISCH: € 1.000 voor het testteam' }))).toEqual(['per']);
    expect(flags(perLine({ per: 'jaar', citaat: 'SYNTHETISCH: jaarlijks € 1.000' }))).toEqual([]);
    expect(flags(perLine({ per: 'jaar', citaat: 'SYNTHETISCH (x € 1.000) 2023 2024 regel 12 12' }))).toEqual([]);
  });

  test('flags a date the quote does not give, and accepts "jl." in the year of the source', () => {
    expect(flags(dateLine({ datum: '2023-11-07', citaat: 'op 7 november jl. goedgekeurd' }, '2023-11-13'))).toEqual([]);
    expect(dateLine({ datum: '2023-11-07', citaat: 'het college stelt een regiehouder aan' }, '2023-11-13')[0].flag).toBe('datum niet in het citaat');
    expect(dateLine({ datum: '2024-06-04', citaat: 'genoemd als goed voorbeeld' }, '2024-06-04')[0].flag).toBe('datum van de bron, niet in het citaat');
  });

  test('reads the valid fixture into one block per fact row and a closing count', async () => {
    const dataset = await loadDataset(fileURLToPath(new URL('../../fixtures/valid/', import.meta.url)));
    const rows = auditDataset(dataset);
    const facts = dataset.rijksmiddelen.length + dataset.toekenningen.length + dataset.bestedingen.length + dataset.verschuivingen.length + dataset.besluiten.length + dataset.resultaten.length + dataset.vermeldingen.length;
    expect(rows).toHaveLength(facts);
    const text = formatAudit(rows);
    expect(text).toContain('toekenningen/toek-testdorp-2022');
    expect(text.trimEnd().split('\n').some((line) => line.startsWith(`${facts} feitregels`))).toBe(true);
  });
});
