import { formatAmount, formatEuro } from '../../format/money';
import { formatYears, lastYear } from '../../format/period';
import { YEAR_MAX } from '../../site/years';
import type { Lane, PeriodItem } from './layout';
import { AIMS, PHASES } from '../../data/schemas/vocab';
import type { MoneyInput, MoneyRow, ShiftRow, SpendingRow } from './input';

const PHASE_LABEL: Record<string, string> = {
  gepland: 'gepland',
  begroot: 'begroot',
  besteed: 'besteed',
  onderbesteed: 'niet besteed',
  vrijgevallen: 'vrijgevallen',
};

/** The text on a bar: the amount as the source states it, or "niet gemeld". */
export function amountLabel(row: MoneyRow): string {
  if (row.bedrag_eur === null) return 'niet gemeld';
  const amount = formatAmount(row.bedrag_eur, row.bedrag_precisie);
  if (row.per === 'jaar') return amount;
  const multiYear = row.jaar_van !== null && row.jaar_tot !== null && row.jaar_tot > row.jaar_van;
  return multiYear ? `${amount} in totaal ${formatYears(row)}` : amount;
}

/** A money row as a lane item (one-off rows without `per` count as one amount for their span). */
export function moneyItem(row: MoneyRow & { maatregel?: string; ouderStuk?: object | null }, kind: string): PeriodItem {
  const label = `${amountLabel(row)}${row.ouderStuk ? ' (ouder stuk)' : ''}`;
  // "tot 2027" leaves 2027 out: the bar ends at the last year the source ties the amount to.
  const item: PeriodItem = {
    id: row.id,
    from: row.jaar_van,
    to: lastYear({ jaar_tot: row.jaar_tot, jaar_tot_grens: row.jaar_tot_grens ?? null }),
    per: row.per === 'jaar' ? 'jaar' : 'totaal',
    perBron: row.per,
    amount: row.bedrag_eur,
    label,
    kind,
    name: row.maatregel,
    note: row.toelichting ?? undefined,
  };
  const carried = row.doorgetrokken;
  if (carried && row.bedrag_eur !== null) {
    // Each carried year says so on its own bar, so no year reads as stated by the source.
    item.yearLabels = {};
    for (let year = carried.from; year <= YEAR_MAX; year++) item.yearLabels[year] = `${label} (structureel)`;
  }
  return item;
}

/** Money moved between years: minus in the year it left, plus in the year it went to (unknown target: jaar onbekend). */
export function shiftItems(row: ShiftRow): PeriodItem[] {
  const euros = formatEuro(row.bedrag_eur);
  const out: PeriodItem = {
    id: `${row.id}-uit`,
    from: row.van_jaar,
    to: row.van_jaar,
    per: 'totaal',
    amount: -row.bedrag_eur,
    label: `eruit − ${euros}${row.naar_jaar ? ` naar ${row.naar_jaar}` : ''}`,
    kind: 'verschuiving-uit',
  };
  const into: PeriodItem = {
    id: `${row.id}-naar`,
    from: row.naar_jaar,
    to: row.naar_jaar,
    per: 'totaal',
    amount: row.bedrag_eur,
    label: `erbij ${euros} uit ${row.van_jaar ?? 'een niet genoemd jaar'}`,
    kind: 'verschuiving-naar',
  };
  return [out, into];
}

/** Lanes for "geld van het Rijk en bestedingen per jaar": the Rijk, each fase apart, and shifts. */
export function moneyLanes(input: MoneyInput): Lane[] {
  const lanes: Lane[] = [];
  if (input.toekenningen.length > 0)
    lanes.push({
      key: 'toekenning',
      label: 'Van het Rijk',
      items: input.toekenningen.map((r) => moneyItem(r, 'toekenning')),
    });
  for (const fase of PHASES) {
    const rows = input.current.filter((r) => r.fase === fase);
    if (rows.length > 0)
      lanes.push({ key: fase, label: `Gemeente: ${PHASE_LABEL[fase]}`, items: rows.map((r) => moneyItem(r, fase)) });
  }
  if (input.verschuivingen.length > 0)
    lanes.push({
      key: 'verschuiving',
      label: 'Verschoven tussen jaren',
      items: input.verschuivingen.flatMap(shiftItems),
    });
  return lanes;
}

/**
 * Lanes for "bestedingen per doel": the four aims and "doel niet in te delen", of the lines as shown.
 * An aim with lines in several fases gets one lane per fase (fases are never mixed in one lane).
 */
export function aimLanes(spending: SpendingRow[], aimLabel: (aim: string) => string): Lane[] {
  const keys = [...AIMS, null];
  return keys.flatMap((aim) => {
    const label = aim ? aimLabel(aim) : 'Doel niet duidelijk';
    const rows = spending.filter((r) => r.doel === aim);
    if (rows.length === 0) return [{ key: aim ?? 'geen', label, items: [], note: 'geen regel met dit doel' }];
    return PHASES.filter((fase) => rows.some((r) => r.fase === fase)).map((fase) => ({
      key: `${aim ?? 'geen'}-${fase}`,
      label: `${label}: ${PHASE_LABEL[fase]}`,
      items: rows.filter((r) => r.fase === fase).map((r) => moneyItem(r, r.fase)),
    }));
  });
}
