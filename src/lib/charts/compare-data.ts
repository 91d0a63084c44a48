import type { GemeenteProfile } from '../profile/gemeente-profile';
import type { CompareGemeente, CompareItem } from './compare-lanes';
import { amountLabel, currentSpending, shiftItems, versionNote } from './money-lanes';

/** The compact data of the compare view: every gemeente's name, and the amounts of those that have any. */
export interface CompareData {
  jaren: [number, number];
  gemeenten: { slug: string; naam: string; provincie: string }[];
  bedragen: Record<string, CompareGemeente>;
}

/** Amount items of one gemeente: allocations, current spending lines with an amount, and shifts. */
export function compareItems(p: Pick<GemeenteProfile, 'toekenningen' | 'bestedingen' | 'verschuivingen'>): CompareItem[] {
  const items: CompareItem[] = [];
  for (const r of p.toekenningen) {
    if (r.bedrag_eur === null) continue;
    const carried = r.doorgetrokken ? { doorgetrokkenVanaf: r.doorgetrokken.from, toelichting: versionNote(r) } : {};
    items.push({ id: r.id, soort: 'toekenning', from: r.jaar_van, to: r.jaar_tot, per: r.per === 'jaar' ? 'jaar' : 'totaal', amount: r.bedrag_eur, label: amountLabel(r), kind: 'toekenning', bron: r.bron, ...carried });
  }
  for (const r of currentSpending(p.bestedingen)) {
    if (r.bedrag_eur === null) continue;
    const older = r.ouderStuk ? { toelichting: versionNote(r) } : {};
    items.push({ id: r.id, soort: 'besteding', from: r.jaar_van, to: r.jaar_tot, per: r.per === 'jaar' ? 'jaar' : 'totaal', amount: r.bedrag_eur, label: `${amountLabel(r)} (${r.fase}${r.ouderStuk ? ', ouder stuk' : ''})`, kind: r.fase, bron: r.bron, ...older });
  }
  for (const s of p.verschuivingen) {
    for (const item of shiftItems(s)) {
      items.push({ id: item.id, soort: 'verschuiving', from: item.from, to: item.to, per: 'totaal', amount: item.amount!, label: item.label, kind: item.kind, bron: s.bron });
    }
  }
  return items;
}

/** Builds the compare data from the profiles (current gemeenten only: the compare view uses 2024 boundaries). */
export function buildCompareData(profiles: Iterable<GemeenteProfile>, first: number, last: number): CompareData {
  const current = [...profiles].filter((p) => p.gemeente.geldig_tot === null).sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
  const bedragen: Record<string, CompareGemeente> = {};
  for (const p of current) {
    const items = compareItems(p);
    if (items.length === 0) continue;
    bedragen[p.gemeente.slug] = {
      slug: p.gemeente.slug,
      naam: p.gemeente.naam,
      provincie: p.gemeente.provincie,
      inwoners: Object.fromEntries(p.inwoners.map((i) => [String(i.jaar), i.inwoners])),
      items,
    };
  }
  return { jaren: [first, last], gemeenten: current.map((p) => ({ slug: p.gemeente.slug, naam: p.gemeente.naam, provincie: p.gemeente.provincie })), bedragen };
}
