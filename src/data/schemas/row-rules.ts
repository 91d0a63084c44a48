import type { z } from 'zod';

type Ctx = z.RefinementCtx;

function report(ctx: Ctx, column: string, rule: string, message: string) {
  ctx.addIssue({ code: 'custom', path: [column], message, params: { rule } });
}

/**
 * `from <= to` when both years are given (an empty `to` means open-ended); `from < to` when the
 * source ends the period "tot {to}", which leaves `to` itself out.
 */
export function yearOrder(row: Record<string, unknown>, ctx: Ctx, from: string, to: string) {
  const a = row[from];
  const b = row[to];
  if (typeof a === 'number' && typeof b === 'number' && a > b) {
    report(ctx, to, 'year-order', `is before ${from} ${a}`);
  } else if (typeof a === 'number' && typeof b === 'number' && a === b && row.jaar_tot_grens === 'tot') {
    report(ctx, to, 'year-order', `"tot ${b}" leaves ${b} out, so the period starting in ${a} is empty`);
  }
}

/** jaar_tot_grens says how jaar_tot ends the period: filled exactly when jaar_tot is. */
export function endBound(row: Record<string, unknown>, ctx: Ctx) {
  if (row.jaar_tot !== null && row.jaar_tot_grens === null) {
    report(ctx, 'jaar_tot_grens', 'end-bound', 'is empty; say whether the source ends the period "tot en met" the year in jaar_tot or "tot" it');
  } else if (row.jaar_tot === null && row.jaar_tot_grens !== null) {
    report(ctx, 'jaar_tot_grens', 'end-bound', 'is filled but jaar_tot is empty');
  }
}

/**
 * An amount must be quoted verbatim from its source, and say how it spreads over time and how
 * precise it is; without an amount those columns stay empty.
 */
export function amountNeedsContext(row: Record<string, unknown>, ctx: Ctx, amountColumns: string[]) {
  const hasAmount = amountColumns.some((column) => row[column] !== null && row[column] !== undefined);
  if (hasAmount) {
    if (row.citaat === null) report(ctx, 'citaat', 'citaat-required', 'is empty; every amount needs a verbatim quote from its source');
    if ('per' in row && row.per === null) report(ctx, 'per', 'per-required', 'is empty; say whether the amount is per jaar or a totaal');
    if ('bedrag_precisie' in row && row.bedrag_precisie === null) {
      report(ctx, 'bedrag_precisie', 'precision-required', 'is empty; say whether the amount is exact, minimaal, maximaal, afgerond or a bandbreedte');
    }
  } else {
    for (const column of ['per', 'bedrag_precisie']) {
      if (column in row && row[column] !== null) report(ctx, column, 'amount-missing', `is filled but there is no amount`);
    }
  }
}
