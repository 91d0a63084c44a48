import { formatEuro } from '../../format/money';
import type { MoneyInput } from './input';
import { amountLabel } from './money-lanes';
import { formatYears } from '../../format/period';
import { joinNl } from '../../format/summaries-nl';

/** One sentence about a gemeente's money: what the Rijk gave and what was shifted, from the data. */
export function moneySummary(
  naam: string,
  input: MoneyInput,
  publisher?: (bron: string) => string | undefined,
): string {
  const parts: string[] = [];
  const t = input.toekenningen;
  // The sentence names who says it: "volgens CDA Enschede gaf het Rijk ...", not the Rijk by default.
  const who = t.length === 1 ? publisher?.(t[0].bron) : undefined;
  if (t.length === 1)
    parts.push(
      `${who ? `volgens ${who} gaf het Rijk` : 'het Rijk gaf'} ${naam} ${amountLabel(t[0]).replace(/ in totaal .*$/, '')} ${t[0].per === 'jaar' ? 'per jaar' : 'in totaal'} (${formatYears(t[0])})`,
    );
  else if (t.length > 1) parts.push(`Er zijn ${t.length} bedragen van het Rijk aan ${naam} bekend`);
  const byFrom = new Map<number | null, string[]>();
  for (const s of input.verschuivingen)
    byFrom.set(s.van_jaar, [
      ...(byFrom.get(s.van_jaar) ?? []),
      s.naar_jaar
        ? `${formatEuro(s.bedrag_eur)} naar ${s.naar_jaar}`
        : `${formatEuro(s.bedrag_eur)} naar een later jaar (welk jaar staat er niet)`,
    ]);
  for (const [year, moves] of byFrom)
    parts.push(
      `${parts.length ? 'de gemeente' : naam} verschoof ${year === null ? 'uit een niet genoemd jaar' : `in ${year}`} ${joinNl(moves)}`,
    );
  const spending = input.current;
  const withAmount = spending.filter((b) => b.bedrag_eur !== null).length;
  if (spending.length > 0)
    parts.push(
      `${spending.length === 1 ? 'er is 1 eigen regel' : `er zijn ${spending.length} eigen regels`} (plan, begroting of besteding), ${withAmount} met een bedrag`,
    );
  if (parts.length === 0) return `Voor ${naam} is geen bedrag bekend.`;
  const sentence = joinNl(parts);
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}

/** One sentence about spending lines by aim. */
export function aimSummary(naam: string, lines: { doel: string | null }[], aimLabel: (aim: string) => string): string {
  if (lines.length === 0) return `Voor ${naam} zijn geen plannen of bestedingen bekend.`;
  const withAim = lines.filter((l) => l.doel !== null);
  const aims = [...new Set(withAim.map((l) => aimLabel(l.doel!).toLowerCase()))];
  const head = `Van de ${lines.length} ${lines.length === 1 ? 'regel' : 'regels'} van ${naam} ${withAim.length === 1 ? 'hoort er 1' : `horen er ${withAim.length}`} bij een doel`;
  return aims.length
    ? `${head} (${joinNl(aims)}); bij ${lines.length - withAim.length} is het doel niet in te delen.`
    : `${head}; bij de andere is het doel niet in te delen.`;
}
