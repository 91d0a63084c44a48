import { descending, ascending } from 'd3-array';
import type { Dataset } from '../data/load-dataset';
import type { GemeenteProfile } from '../model/profile/gemeente-profile';
import type { RowOf } from '../data/schemas/tables';
import { REQUEST_RESULTS } from '../data/schemas/vocab';

/**
 * The column of onderzocht.csv that says where was searched, read in this one place: when the
 * column is renamed (a Dutch spreadsheet reads the header "waar" as TRUE), only this line changes,
 * and the type check points at it.
 */
const searchedWhere = (search: RowOf<'onderzocht'>): string => search.gezocht_in;

/** A gemeente whose POK documents nobody has found yet. */
export interface QueueEntry {
  naam: string;
  slug: string;
  /** Inhabitants in the latest year known, or null. */
  inwoners: number | null;
  inwonersJaar: number | null;
  /** How much is known: niet-onderzocht, niets-gevonden or opgevraagd. */
  level: 'niet-onderzocht' | 'niets-gevonden' | 'opgevraagd';
  /** The latest search or request, or null when nobody has looked yet. */
  search: { datum: string | null; waar: string; resultaat: string; verzoek: string | null } | null;
}

/**
 * The gemeenten to research next: never searched, searched with nothing found, or asked for
 * documents that have not become facts yet; largest first.
 */
export function researchQueue(profiles: Iterable<GemeenteProfile>): QueueEntry[] {
  const entries: QueueEntry[] = [];
  for (const p of profiles) {
    if (p.gemeente.geldig_tot !== null) continue; // merged away: its successor is researched instead
    if (p.coverage !== 'niet-onderzocht' && p.coverage !== 'niets-gevonden' && p.coverage !== 'opgevraagd') continue;
    const latest = p.inwoners.at(-1) ?? null;
    // Newest first; where documents were asked for, the newest request or its answer.
    const search =
      (p.coverage === 'opgevraagd'
        ? p.onderzocht.find((o) => (REQUEST_RESULTS as readonly string[]).includes(o.resultaat))
        : p.onderzocht[0]) ?? null;
    entries.push({
      naam: p.gemeente.naam,
      slug: p.gemeente.slug,
      level: p.coverage,
      inwoners: latest?.inwoners ?? null,
      inwonersJaar: latest?.jaar ?? null,
      search: search && {
        datum: search.datum,
        waar: searchedWhere(search),
        resultaat: search.resultaat,
        verzoek: search.verzoek,
      },
    });
  }
  return entries.sort((a, b) => descending(a.inwoners ?? -1, b.inwoners ?? -1) || ascending(a.naam, b.naam));
}

/** Which kinds of document held POK facts about gemeenten, by how many gemeenten, most first. */
export function factSourceKinds(dataset: Dataset): { soort: string; gemeenten: number }[] {
  const kindOf = new Map(dataset.bronnen.map((b) => [b.id, b.soort]));
  const gemeentenPerKind = new Map<string, Set<string>>();
  const facts = [
    dataset.toekenningen,
    dataset.bestedingen,
    dataset.verschuivingen,
    dataset.besluiten,
    dataset.resultaten,
  ].flat();
  for (const row of facts) {
    const soort = kindOf.get(row.bron);
    if (!soort) continue;
    if (!gemeentenPerKind.has(soort)) gemeentenPerKind.set(soort, new Set());
    gemeentenPerKind.get(soort)!.add(row.cbs_code);
  }
  return [...gemeentenPerKind]
    .map(([soort, codes]) => ({ soort, gemeenten: codes.size }))
    .sort((a, b) => descending(a.gemeenten, b.gemeenten) || ascending(a.soort, b.soort));
}
