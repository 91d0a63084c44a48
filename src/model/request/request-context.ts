/*
 * Everything a request for one gemeente's POK documents is filled in from: whom it goes to, what
 * the site already knows (each fact with its source), exactly what is missing, the gemeente's own
 * page on how to file, and earlier requests. Pure; the request page and its section render it.
 */
import type { RowOf } from '../../data/schemas/tables';
import { REQUEST_RESULTS } from '../../data/schemas/vocab';
import type { GemeenteProfile } from '../profile/gemeente-profile';
import { formatAmount, formatEuro } from '../../format/money';
import { formatPer, formatShift, formatYears } from '../../format/period';
import { formatDate } from '../../format/date';
import { useTranslations } from '../../i18n/ui';
import { missingFacts, pokYears } from './missing-facts';
import type { MissingFact } from './missing-facts';

const t = useTranslations('nl');

type Bron = RowOf<'bronnen'>;
type Kind = RowOf<'verzoekwegen'>['soort'];

/** A fact the site knows, as one line, with the source it comes from. */
export interface KnownFact {
  text: string;
  /** label: title, publisher and date; text: the label and where to find it (for plain text). */
  source: { id: string; label: string; text: string; href: string | null };
}

/** A gemeente's own page on how to file a request of one kind, with its verbatim quote. */
export interface RequestRoute {
  soort: Kind;
  citaat: string;
  source: KnownFact['source'];
}

export interface RequestContext {
  gemeente: { naam: string; slug: string; cbs_code: string };
  /** Whose college gets the request: the gemeente itself, or the gemeente it merged into. */
  addressee: { naam: string; slug: string; cbs_code: string };
  years: number[];
  known: KnownFact[];
  missing: MissingFact[];
  routes: Partial<Record<Kind, RequestRoute>>;
  /** Requests recorded in onderzocht.csv (asked, received, refused), newest first. */
  requests: RowOf<'onderzocht'>[];
}

/** A source as a reader can find it: title, publisher, date, and its address or where it lies. */
export function sourceOf(bron: Bron): KnownFact['source'] {
  const date = bron.datum ? `, ${formatDate(bron.datum)}` : '';
  const where = bron.url ?? bron.vindplaats ?? '';
  const label = `${bron.titel} (${bron.uitgever}${date})`;
  return { id: bron.id, label, text: `${label}${where ? `, ${where}` : ''}`, href: bron.url };
}

const plain = (text: string) => text.replaceAll('\u00a0', ' ');

/** Every fact of the profile as one line, in the order of the gemeente page. */
function knownFacts(profile: GemeenteProfile, bron: (id: string) => Bron): KnownFact[] {
  const fact = (text: string, id: string): KnownFact => ({ text: plain(text), source: sourceOf(bron(id)) });
  const amount = (row: {
    bedrag_eur: number | null;
    bedrag_precisie: RowOf<'bestedingen'>['bedrag_precisie'];
    per?: 'jaar' | 'totaal' | null;
  }) =>
    row.bedrag_eur === null
      ? 'geen bedrag genoemd'
      : [formatAmount(row.bedrag_eur, row.bedrag_precisie), formatPer(row.per)].filter(Boolean).join(' ');
  return [
    ...profile.toekenningen.map((r) => fact(`Geld van het Rijk (${r.route}): ${amount(r)}, ${formatYears(r)}`, r.bron)),
    ...profile.bestedingen.map((r) =>
      fact(`${t(`phase.${r.fase}`)}: ${r.maatregel}, ${amount(r)}, ${formatYears(r)}`, r.bron),
    ),
    ...profile.verschuivingen.map((r) =>
      fact(`Geld verschoven: ${formatEuro(r.bedrag_eur)} ${formatShift(r)}`, r.bron),
    ),
    ...profile.besluiten.map((r) =>
      fact(`Besluit (${t(`body.${r.orgaan}`).toLowerCase()}, ${formatDate(r.datum)}): ${r.strekking}`, r.bron),
    ),
    ...profile.resultaten.map((r) => fact(`Resultaat ${r.jaar}: ${r.omschrijving}`, r.bron)),
    ...profile.vermeldingen.map((r) =>
      fact(`Genoemd${r.datum ? ` (${formatDate(r.datum)})` : ''}: ${r.omschrijving}`, r.bron),
    ),
  ];
}

/** The gemeente a former gemeente's documents are with now: the last in its chain of mergers. */
function holderOf(profile: GemeenteProfile, profiles: ReadonlyMap<string, GemeenteProfile>): RowOf<'gemeenten'> {
  let holder = profile.gemeente;
  for (let hops = 0; holder.opgegaan_in && hops < 20; hops += 1)
    holder = profiles.get(holder.opgegaan_in)?.gemeente ?? holder;
  return holder;
}

/**
 * The request context of one gemeente, or null when none of the years of the POK money falls in
 * its lifetime (it merged away before 2021): there is nothing to ask it for.
 */
export function requestContext(
  profile: GemeenteProfile,
  data: {
    profiles: ReadonlyMap<string, GemeenteProfile>;
    bronnen: ReadonlyMap<string, Bron>;
    verzoekwegen: readonly RowOf<'verzoekwegen'>[];
  },
): RequestContext | null {
  const years = pokYears(profile.gemeente);
  if (years.length === 0) return null;
  const bron = (id: string) => data.bronnen.get(id)!;
  const holder = holderOf(profile, data.profiles);
  const routes: RequestContext['routes'] = {};
  for (const route of data.verzoekwegen.filter((r) => r.cbs_code === holder.cbs_code)) {
    routes[route.soort] = { soort: route.soort, citaat: route.citaat, source: sourceOf(bron(route.bron)) };
  }
  const pick = ({ naam, slug, cbs_code }: RowOf<'gemeenten'>) => ({ naam, slug, cbs_code });
  return {
    gemeente: pick(profile.gemeente),
    addressee: pick(holder),
    years,
    known: knownFacts(profile, bron),
    missing: missingFacts(profile),
    routes,
    requests: profile.onderzocht.filter((o) => (REQUEST_RESULTS as readonly string[]).includes(o.resultaat)),
  };
}

/** The request context of every gemeente that has one, by cbs_code: computed once per build. */
export function requestContexts(
  profiles: ReadonlyMap<string, GemeenteProfile>,
  bronnen: ReadonlyMap<string, Bron>,
  verzoekwegen: readonly RowOf<'verzoekwegen'>[],
): Map<string, RequestContext> {
  const data = { profiles, bronnen, verzoekwegen };
  return new Map(
    [...profiles].flatMap(([code, profile]) => {
      const context = requestContext(profile, data);
      return context ? [[code, context] as const] : [];
    }),
  );
}
