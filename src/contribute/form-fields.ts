import { fieldMeta } from '../data/schemas/fields';
import type { FieldMeta } from '../data/schemas/fields';
import { TABLES, columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';
import { FILLED_BY_PAGE } from './contribution';

/** Short Dutch labels for the form; the meaning of each column comes from its schema. */
const LABELS: Record<string, string> = {
  id: 'Vaste naam (id)',
  titel: 'Titel',
  uitgever: 'Uitgever',
  datum: 'Datum',
  soort: 'Soort document',
  primair: 'Eigen document van de overheid?',
  url: 'Webadres',
  vindplaats: 'Vindplaats (als er geen webadres is)',
  archief_url: 'Webadres van een archiefkopie',
  opmerking: 'Opmerking',
  jaar_van: 'Eerste jaar',
  jaar_tot: 'Laatste jaar',
  jaar_tot_grens: 'Telt het laatste jaar mee? (tot en met, of tot)',
  periode_bron: 'Periode in de woorden van de bron',
  per: 'Per jaar of totaal',
  bedrag_eur: "Bedrag in hele euro's",
  bedrag_precisie: 'Hoe precies is het bedrag?',
  route: 'Route van het geld',
  maatregel: 'Maatregel',
  actielijn: 'Actielijn of programma',
  doel: 'Doel',
  doel_door: 'Wie noemt het doel?',
  fase: 'Fase',
  besluit: 'Besluit (id)',
  vervangt: 'Vervangt regel (id)',
  citaat: 'Letterlijk citaat',
  orgaan: 'Wie besliste',
  onderwerp: 'Soort besluit',
  verzoeker: 'Wie vroeg erom',
  uitkomst: 'Uitkomst',
  verzoek_uitkomst: 'Wat gebeurde er met het verzoek?',
  strekking: 'Het besluit in één zin',
  stemming: 'Stemming',
  jaar: 'Jaar',
  omschrijving: 'Omschrijving',
  indicator: 'Indicator',
  waarde: 'Waarde',
  eenheid: 'Eenheid',
  gezocht_in: 'Waar gezocht, of aan wie gevraagd',
  resultaat: 'Wat kwam eruit',
  verzoek: 'Soort verzoek',
};

/** Columns where people paste longer text. */
const LONG = new Set(['citaat', 'opmerking', 'strekking', 'omschrijving']);

export interface FormField {
  column: string;
  label: string;
  meta: FieldMeta;
  long: boolean;
}

/** The fields a person fills in for one row of a table, in the order of its schema. */
export function formFields(table: TableName): FormField[] {
  const shape = TABLES[table].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
  return columnsOf(table)
    .filter((column) => table === 'bronnen' || !(FILLED_BY_PAGE as readonly string[]).includes(column))
    .map((column) => ({
      column,
      label: LABELS[column] ?? column,
      meta: fieldMeta(shape[column]),
      long: LONG.has(column),
    }));
}

/** Every column of a table with its meaning, for the CSV templates. */
export function columnGuide(
  table: TableName,
): { column: string; description: string; required: boolean; values?: readonly string[] }[] {
  const shape = TABLES[table].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
  return columnsOf(table).map((column) => {
    const meta = fieldMeta(shape[column]);
    return { column, description: meta.description, required: meta.required, values: meta.enum };
  });
}

/** What each kind of fact is called on the form. */
export const FACT_LABELS: Record<'toekenningen' | 'bestedingen' | 'besluiten' | 'resultaten' | 'onderzocht', string> = {
  toekenningen: 'Geld dat het Rijk aan de gemeente gaf (toekenning)',
  bestedingen: 'Een plan, begroting of besteding van de gemeente',
  besluiten: 'Een besluit of voorstel',
  resultaten: 'Een resultaat dat de gemeente meldt',
  onderzocht: 'Stukken opgevraagd (of een zoektocht naar stukken)',
};
