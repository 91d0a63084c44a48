import type { z } from 'zod';

type Ctx = z.RefinementCtx;

function report(ctx: Ctx, column: string, rule: string, message: string) {
  ctx.addIssue({ code: 'custom', path: [column], message, params: { rule } });
}

/**
 * The year pairs that make a period, in every table that has one: a range of years money applies
 * to, and a shift of money from one year to a later one (the same year is no shift).
 */
export const PERIODS = [
  { from: 'jaar_van', to: 'jaar_tot', sameYear: true },
  { from: 'van_jaar', to: 'naar_jaar', sameYear: false },
] as const;

/**
 * The one period rule, for every table with a period (tables.ts applies it to all of them): the
 * end is not before the start (an empty end means open-ended). That both years lie in the range
 * of the POK money is the year cell's own rule. It runs whenever the two year cells are valid,
 * also when another cell of the row is not, so a reversed period is never hidden behind it.
 */
export function withPeriodRule<S extends z.ZodObject>(schema: S): S {
  const periods = PERIODS.filter(({ from, to }) => from in schema.shape && to in schema.shape);
  if (periods.length === 0) return schema;
  const columns: PropertyKey[] = periods.flatMap(({ from, to }) => [from, to]);
  return schema.superRefine(
    (row, ctx) => {
      for (const { from, to, sameYear } of periods) {
        const [a, b] = [(row as Record<string, unknown>)[from], (row as Record<string, unknown>)[to]];
        // "tot 2027" leaves 2027 out (jaar_tot_grens), so a period from 2027 "tot 2027" is empty.
        const exclusive = from === 'jaar_van' && (row as Record<string, unknown>).jaar_tot_grens === 'tot';
        if (typeof a !== 'number' || typeof b !== 'number' || b > a || (sameYear && a === b && !exclusive)) continue;
        const message = b < a ? `is before ${from} ${a}` : exclusive ? `"tot ${b}" leaves ${b} out, so the period starting in ${a} is empty` : `is the same year as ${from} ${a}; money moved between years goes to a later year`;
        report(ctx, to, 'year-order', message);
      }
    },
    { when: (payload) => !payload.issues.some((issue) => columns.includes(issue.path?.[0] as PropertyKey)) },
  );
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
