import type { Dataset } from '../load-dataset';
import type { TableName } from '../schemas/tables';
import { amountsInQuote, matchAmount } from '../validate/dutch-amounts';
import type { AuditLine, AuditRow } from './audit-rows';
import { amountLines, dateLine, perLine, periodLines } from './audit-rows';

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

// Words in a quote that say what happened to a proposal or how far spending got.
const OUTCOME_WORDS = /\b(?:aangenomen|goedgekeurd|ingestemd|besloten|besluit|afgewezen|niet in te gaan|voorgesteld|voorstel|wil|stemt in|unaniem)\b/gi;
const PHASE_WORDS = /\b(?:gebruikt|besteed|uitgegeven|begroot|begroting|toegekend|gepland|voorgesteld|investeren|inzetten|opzij|voordeel|overgeheveld|incidentele last)\b/gi;
const words = (pattern: RegExp, citaat: string) => [...new Set([...citaat.matchAll(pattern)].map((m) => `"${m[0].toLowerCase()}"`))].join(', ') || '—';

/** A stream that is "part of" a total: the quote must name that total's amount, or the claim is ours. */
function partOfLine(row: Row, totals: Map<string, Row>): AuditLine[] {
  const parent = typeof row.onderdeel_van === 'string' ? totals.get(row.onderdeel_van) : undefined;
  if (!parent) return [];
  const amount = parent.bedrag_eur;
  const named = typeof amount === 'number' ? amountsInQuote(text(row.citaat)).filter((m) => matchAmount(amount, m)).map((m) => `"${m.text}"`) : [];
  return [{ field: 'deel van', encodes: String(row.onderdeel_van), quote: named.join(', ') || '—', flag: named.length ? undefined : 'het citaat noemt het totaal niet' }];
}

/** The audit of one table's rows: the lines that table's claims need. */
function tableRows(table: TableName, rows: Row[], context: { naam: (code: unknown) => string | null; bronDatum: (id: unknown) => string | null; totals: Map<string, Row> }): AuditRow[] {
  return rows.map((row) => {
    const lines: AuditLine[] = [...amountLines(table, row)];
    if (table === 'verschuivingen') lines.push(...periodLines(row, ['van_jaar', 'naar_jaar']));
    else if (table === 'resultaten') lines.push(...periodLines(row, ['jaar']));
    else lines.push(...periodLines(row, ['jaar_van', 'jaar_tot']));
    lines.push(...perLine(row), ...partOfLine(row, context.totals));
    if (table === 'bestedingen') lines.push({ field: 'fase', encodes: text(row.fase), quote: words(PHASE_WORDS, text(row.citaat)) });
    if (table === 'besluiten') {
      const outcome = `${text(row.uitkomst)}${row.verzoek_uitkomst ? `, verzoek ${text(row.verzoek_uitkomst)}` : ''}`;
      lines.push({ field: 'uitkomst', encodes: outcome, quote: words(OUTCOME_WORDS, text(row.citaat)) });
    }
    lines.push(...dateLine(row, context.bronDatum(row.bron)));
    const id = 'id' in row ? text(row.id) : `${text(row.cbs_code)}-${text(row.bron)}`;
    return { table, id, gemeente: context.naam(row.cbs_code), lines };
  });
}

/** The fact tables the audit reads, in the order the site shows them. */
export const AUDITED: TableName[] = ['rijksmiddelen', 'toekenningen', 'bestedingen', 'verschuivingen', 'besluiten', 'resultaten', 'vermeldingen'];

/** Every fact row of the dataset with its claims beside its quote. */
export function auditDataset(dataset: Dataset): AuditRow[] {
  const gemeenten = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g.naam]));
  const bronnen = new Map(dataset.bronnen.map((b) => [b.id, b.datum]));
  const context = {
    naam: (code: unknown) => (typeof code === 'string' ? (gemeenten.get(code) ?? code) : null),
    bronDatum: (id: unknown) => (typeof id === 'string' ? (bronnen.get(id) ?? null) : null),
    totals: new Map(dataset.rijksmiddelen.map((r) => [r.id, r as unknown as Row])),
  };
  return AUDITED.flatMap((table) => tableRows(table, dataset[table] as unknown as Row[], context));
}
