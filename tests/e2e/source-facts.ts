import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

type Row = Record<string, string>;
// CBS reference copies in the repository (a clone has no ../shared).
const reference = new URL('../fixtures/reference/', import.meta.url);
const read = (name: string) =>
  Papa.parse<Row>(readFileSync(new URL(name, reference), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The name of the gemeente with the fewest inhabitants on 1 January 2024, read from the CBS source file (not from data/). */
export function smallestGemeente2024(): string {
  const rows = read('inwoners.csv').filter((row) => row.jaar === '2024');
  const smallest = rows.reduce((a, b) => (Number(b.inwoners) < Number(a.inwoners) ? b : a));
  return read('gemeenten-2024.csv').find((row) => row.statcode === smallest.cbs_code)!.statnaam;
}
