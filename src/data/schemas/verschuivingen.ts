import { z } from 'zod';
import { cbsCode, euros, id, optionalRef, optionalText, ref, text, year, LENGTH } from './fields';

/** Money a gemeente moved from one year to a later one (budgetoverheveling); the years follow the period rule (row-rules.ts). */
export const verschuivingSchema = z.object({
  id: id('Vaste naam van de regel.'),
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  van_jaar: year('Jaar waaruit het geld is verschoven, als het citaat dat jaar noemt; leeg als alleen de naam van het document een jaar noemt.', { required: false }),
  naar_jaar: year('Jaar waarnaar het geld is verschoven; leeg als de bron het niet zegt.', { required: false }),
  bedrag_eur: euros('Verschoven bedrag in hele euro\'s (altijd positief).'),
  besteding: optionalRef('De bestedingsregel waar het geld bij hoort (id in bestedingen.csv).', 'bestedingen'),
  bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
  citaat: text('Letterlijk citaat uit de bron met het bedrag.', LENGTH.quote),
  opmerking: optionalText('Toelichting.', LENGTH.note),
});

export type Verschuiving = z.output<typeof verschuivingSchema>;
