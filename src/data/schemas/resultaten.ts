import { z } from 'zod';
import { cbsCode, id, optionalText, ref, text, year, LENGTH } from './fields';

/** A result a gemeente reported for its POK spending. */
export const resultaatSchema = z.object({
  id: id('Vaste naam van de regel.'),
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  jaar: year('Jaar waarin het resultaat werd bereikt.'),
  omschrijving: text('Het resultaat in gewone woorden.', LENGTH.sentence),
  indicator: optionalText('Wat er gemeten is, als de bron een getal noemt.', LENGTH.line),
  waarde: optionalText('De gemeten waarde, zoals de bron die noemt.', LENGTH.name),
  eenheid: optionalText('Eenheid van de waarde.', LENGTH.word),
  bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
  citaat: text('Letterlijk citaat uit de bron.', LENGTH.quote),
});

export type Resultaat = z.output<typeof resultaatSchema>;
