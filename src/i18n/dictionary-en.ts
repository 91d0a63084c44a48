/**
 * The data dictionary in English, for /en/data/: what each table's row is and what each column
 * means, keyed by table and by the column's Dutch name (which stays as it is in the files). The
 * Dutch descriptions live on the zod schemas (src/data/schemas/); this module holds only the
 * English text beside them, and a test checks that every schema column has one here and nothing
 * else does. Types, allowed values and examples come from the schemas and the data themselves.
 */
import type { TableName } from '../data/schemas/tables';

const SOURCE = 'Source of this row (an id in bronnen.csv).';
const QUOTE_AMOUNT = 'Verbatim quote from the source that states the amount.';
const QUOTE = 'Verbatim quote from the source.';
const NOTE = 'Explanation.';
const CODE = 'CBS code of the municipality.';
const ROW_ID = 'Stable name of the row.';
const AMOUNT = 'Amount in whole euros, as the source states it.';
const PRECISION =
  'exact; minimaal (the source says "ruim" or "minimaal": more than); maximaal (the source says "tot maximaal" or "hoogstens": at most); afgerond (the source says "zo\'n", "circa" or "ongeveer", or rounds: "€ 2,9 miljoen"); bandbreedte (the source states a range, "23 tot 25 miljoen").';
const END_BOUND =
  'How the source ends the period at jaar_tot: "tot en met" (through: "t/m 2027", "tot en met 2027", "2022-2027"; the year counts) or "tot" (until: "tot 2027"; the site does not count the year). Empty when jaar_tot is empty.';
const PERIOD = {
  jaar_van:
    "First year the amount applies to, when the row's own quote names it; empty when the source does not say (a year that is only part of a document's name does not count).",
  jaar_tot:
    'Last year the source names, when the row\'s own quote names it; empty when the source names no end (for example "structureel", ongoing).',
  jaar_tot_grens: END_BOUND,
  periode_bron:
    'The source\'s own words for the period, verbatim from the quote, when it does not (fully) name the years, for example "de komende vier jaar" (the next four years) or "eenmalig" (once).',
  per: 'jaar: the amount applies to each year of the period (the source says "per jaar", "jaarlijks", "structureel", or gives it per year column); totaal: one amount for the whole period.',
};

export const COLUMN_DESCRIPTIONS_EN: Record<TableName, Record<string, string>> = {
  gemeenten: {
    cbs_code: 'CBS code of the municipality, for example GM0362. The key the other tables refer to.',
    naam: 'Name of the municipality as Statistics Netherlands (CBS) spells it.',
    slug: "Part of the address of the municipality's page (/gemeenten/{slug}/): lower case without accents; never changes.",
    provincie: 'Province the municipality lies in (CBS spelling, for example Fryslân).',
    geldig_vanaf:
      'First day the municipality existed, if that falls within the years of the POK money; otherwise empty.',
    geldig_tot: 'Last day the municipality existed; empty for an existing municipality.',
    opgegaan_in: 'CBS code of the municipality this one merged into; empty for an existing municipality.',
    bron: SOURCE,
  },
  inwoners: {
    cbs_code: 'CBS code of the municipality, in the boundaries of that year.',
    jaar: 'Year; the number applies on 1 January of this year.',
    inwoners: 'Number of inhabitants on 1 January according to CBS.',
    bron: 'Source of the number (an id in bronnen.csv).',
  },
  bronnen: {
    id: 'Stable name of the source, used in the column bron of the other tables.',
    titel: 'Title of the document.',
    uitgever: 'Who published the document (municipality, ministry, newspaper, party, ...).',
    datum: 'Date of the document: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known; empty when unknown.',
    soort: 'Kind of document.',
    primair: "ja: the government body's own document; nee: news, parties, consultancies, our own research.",
    url: 'Web address of the document (https only).',
    vindplaats:
      'Where the document can be found when it has no public web address (for example iBabs gemeente Diemen).',
    archief_url: 'Web address of an archived copy.',
    opmerking: 'Explanation, for example when the title was inferred.',
  },
  rijksmiddelen: {
    id: ROW_ID,
    stroom: 'Which money: the total or a stream of it (for example decentralisatie-uitkering Vrouwenopvang).',
    schaal: 'landelijk: an amount for the whole country; per gemeente: what one municipality can receive.',
    jaar_van: 'First year, when the quote names it; empty when the source names no year.',
    jaar_tot: 'Last year the source names, when the quote names it; empty when the source names no end.',
    jaar_tot_grens: END_BOUND,
    per: PERIOD.per,
    bedrag_eur: AMOUNT,
    bedrag_min: 'Lower bound, when the source states a range (23 to 25 million).',
    bedrag_max: 'Upper bound, when the source states a range.',
    bedrag_precisie: PRECISION,
    onderdeel_van: 'The total this stream is part of (an id in this table). Never add a total to its parts.',
    ontvangers: 'Who receives the money (all municipalities, central municipalities, ...).',
    bron: SOURCE,
    citaat: QUOTE_AMOUNT,
    opmerking: NOTE,
  },
  toekenningen: {
    id: ROW_ID,
    cbs_code: 'CBS code of the municipality that receives the money.',
    ...PERIOD,
    bedrag_eur: AMOUNT,
    bedrag_precisie: PRECISION,
    route: 'The way the money comes (for example decembercirculaire 2021, algemene uitkering).',
    bron: SOURCE,
    citaat: QUOTE_AMOUNT,
    opmerking: NOTE,
  },
  bestedingen: {
    id: "Stable name of the row; also the anchor #besteding-{id} on the municipality's page.",
    cbs_code: CODE,
    ...PERIOD,
    maatregel: 'The measure, verbatim as the source names it.',
    actielijn: 'The line of action or programme, verbatim from the source.',
    doel: 'Which of the four aims of the POK money; empty when that cannot be said.',
    doel_door: 'bron: the source names the aim; redactie: our classification (see /en/method/).',
    bedrag_eur: 'Amount in whole euros; empty when the source names no amount.',
    bedrag_precisie: PRECISION,
    fase: 'gepland (planned), begroot (budgeted), besteed (spent), onderbesteed (not spent) or vrijgevallen (released).',
    besluit: 'The decision this row rests on (an id in besluiten.csv).',
    vervangt: 'An older row in this table that this row replaces; totals use only the newest.',
    bron: SOURCE,
    citaat: QUOTE,
    opmerking: NOTE,
    citaat_uitzondering:
      'Only when the amount is not in the quote verbatim: why not (for example: the unit is in a table header outside the quoted part). The build then does not check this amount against the quote; the method page lists every exception.',
  },
  verschuivingen: {
    id: ROW_ID,
    cbs_code: CODE,
    van_jaar:
      "Year the money was moved from, when the quote names it; empty when only the document's name gives a year.",
    naar_jaar: 'Year the money was moved to; empty when the source does not say.',
    bedrag_eur: 'Amount moved, in whole euros (always positive).',
    besteding: 'The spending line the money belongs to (an id in bestedingen.csv).',
    bron: SOURCE,
    citaat: QUOTE_AMOUNT,
    opmerking: NOTE,
  },
  besluiten: {
    id: 'Stable name: {municipality slug}-{date}-{subject}; also the address /besluiten/{id}/.',
    cbs_code: CODE,
    datum: 'Date of the decision as the quote gives it: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.',
    orgaan:
      'Who decided: college (the executive), raad (the council), raadscommissie (a council committee) or burgemeester (the mayor).',
    onderwerp:
      'Kind of decision: plan, verzoek (request), motie (motion), raadsvoorstel (proposal to the council), begroting (budget) or bespreking (discussion).',
    verzoeker: 'Who asked for the decision, if anyone did.',
    uitkomst:
      'What happened to the proposal: aangenomen (adopted), verworpen (rejected), voorgesteld (proposed, outcome unknown), ter kennisname (for information) or onbekend (unknown).',
    verzoek_uitkomst:
      'Only for onderwerp verzoek: what the decision did with the request (ingewilligd: granted, deels ingewilligd: partly granted, afgewezen: refused, onbekend: unknown). The site shows this as the outcome; uitkomst then only says whether the proposed decision about the request was taken.',
    strekking: 'The decision in one plain sentence (in Dutch).',
    stemming: 'How the vote went, if the source says.',
    bron: SOURCE,
    citaat: QUOTE,
  },
  resultaten: {
    id: ROW_ID,
    cbs_code: CODE,
    jaar: 'Year in which the result was achieved.',
    omschrijving: 'The result in plain words (in Dutch).',
    indicator: 'What was measured, if the source gives a number.',
    waarde: 'The measured value, as the source states it.',
    eenheid: 'Unit of the value.',
    bron: SOURCE,
    citaat: QUOTE,
  },
  vermeldingen: {
    id: ROW_ID,
    cbs_code: CODE,
    datum: 'Date of the mention; empty when the source gives no date.',
    omschrijving: 'Why the municipality is mentioned (in Dutch).',
    bron: SOURCE,
    citaat: QUOTE,
  },
  onderzocht: {
    cbs_code: CODE,
    datum:
      'Date of the search, or of the request for documents or its answer: YYYY-MM-DD, or YYYY-MM or YYYY when only that was recorded; empty when the date of a search was not recorded (never the date of another document). A request always has a date.',
    gezocht_in:
      'Where we searched: which kinds of sources; for a request: whom the documents were asked from (until December 2026 this column was called waar).',
    resultaat:
      'gevonden (found), niets gevonden (nothing found) or bekend maar niet openbaar (known but not public), after a search; opgevraagd (the documents were requested from the municipality); ontvangen or geweigerd (received or refused: the answer to that request).',
    verzoek:
      'How the documents were requested: woo-verzoek (Open Government Act) or schriftelijke vragen (written questions from a council member). Only with opgevraagd, ontvangen or geweigerd.',
    bron: 'Report of the search (the notes of the research round it was part of), or the request or answer itself (an id in bronnen.csv).',
    opmerking: 'Explanation, for example which known document is missing.',
  },
  verzoekwegen: {
    cbs_code: CODE,
    soort:
      'Which request the page explains: woo-verzoek (a request for documents under the Open Government Act, open to anyone) or schriftelijke vragen (written questions from a council member to the executive).',
    bron: "The municipality's page (an id in bronnen.csv, which has its web address).",
    citaat: 'Verbatim quote from that page: how and where the request is made, or how soon the answer comes.',
    opmerking: NOTE,
  },
  gemeentenamen: {
    naam: "The other name, as the source spells it (for example Den Haag for the municipality 's-Gravenhage). Unique: a name points to one municipality.",
    cbs_code: 'CBS code of the municipality known by this name.',
    bron: 'Source that uses the name (an id in bronnen.csv).',
    citaat: 'Verbatim quote from the source with the name.',
  },
};

/** The columns alles.csv and the files per municipality add (src/publish/readable-rows.ts), in English. */
export const READABLE_DESCRIPTIONS_EN = {
  gemeente:
    'Name of the municipality with this cbs_code (from gemeenten.csv), so you need not join tables; empty for national money.',
  bron_titel: 'Title of the source in the column bron (from bronnen.csv).',
  bron_datum:
    'Date of the source (from bronnen.csv): YYYY-MM-DD, or YYYY-MM or YYYY when only that is known; empty when unknown.',
  bron_adres:
    'Where the source can be found (from bronnen.csv): its web address, or where it can be read when it has no public web address.',
} as const;

/** What one row of each table is, in English (the Dutch is in src/publish/table-descriptions.ts). */
export const ROW_IS_EN: Record<TableName | 'alles', string> = {
  gemeenten: 'a municipality of 2024, or one that merged into another',
  inwoners: 'the number of inhabitants of a municipality on 1 January of a year (CBS)',
  bronnen: 'a source document: where every figure comes from',
  rijksmiddelen: 'national money: a total, or a stream of money that is part of a total',
  toekenningen: 'money the national government gave one municipality',
  bestedingen: "a municipality's own plan, budget or spending line",
  verschuivingen: 'money a municipality moved from one year to a later one',
  besluiten: 'a decision or proposal about the POK money',
  resultaten: 'a result a municipality reports',
  vermeldingen: 'a municipality named in a source, without an amount or decision',
  onderzocht: "a search for a municipality's documents, also when nothing was found",
  gemeentenamen: "another name a municipality is known by (Den Haag for 's-Gravenhage), with the source that uses it",
  verzoekwegen:
    "a municipality's own page that says how to request documents (Woo-verzoek) or how council members' written questions work, with a verbatim quote",
  alles: 'a row from one of the fact tables, with the name of the table and the municipality',
};

/** Table names in English, for headings (the file names stay Dutch). */
export const TABLE_TITLES_EN: Record<TableName | 'alles', string> = {
  alles: 'Everything',
  gemeenten: 'Municipalities',
  inwoners: 'Inhabitants',
  bronnen: 'Sources',
  rijksmiddelen: 'National money',
  toekenningen: 'Allocations',
  bestedingen: 'Spending',
  verschuivingen: 'Shifts between years',
  besluiten: 'Decisions',
  resultaten: 'Results',
  vermeldingen: 'Mentions',
  onderzocht: 'Searches',
  gemeentenamen: 'Other names of municipalities',
  verzoekwegen: 'How to request documents',
};
