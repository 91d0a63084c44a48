import { test, expect } from 'vitest';
import Papa from 'papaparse';
import { parseCsv } from '../../src/lib/csv/parse-csv';
import { validateRows } from '../../src/lib/validate/validate-rows';
import { bestedingSchema } from '../../src/lib/schemas/bestedingen';
import { columnsOf } from '../../src/lib/schemas/tables';
import { formatIssue } from '../../src/lib/validate/issue';

test('smoke', () => {
  const cols = columnsOf('bestedingen');
  const base: Record<string, string> = { id: 'a-b', cbs_code: 'GM0362', maatregel: 'x', fase: 'gepland', bron: 'b', bedrag_eur: '12,5', jaar_van: '2024', jaar_tot: '2023' };
  const csv = Papa.unparse({ fields: cols, data: [cols.map((c) => base[c] ?? ''), cols.map((c) => ({ ...base, bedrag_eur: '1000', per: 'jaar', bedrag_precisie: 'exact' })[c] ?? '')] }, { newline: '\n' });
  const p = parseCsv(new TextEncoder().encode(csv + '\n'), 'data/bestedingen.csv', cols);
  const v = validateRows(p.rows, bestedingSchema, 'data/bestedingen.csv');
  console.log([...p.issues, ...v.issues].map(formatIssue).join('\n'));
  expect(v.issues[0]?.rule).toBe('whole-euros');
});
