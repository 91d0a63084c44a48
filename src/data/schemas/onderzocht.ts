import { z } from 'zod';
import { cbsCode, oneOf, optionalText, partialDate, ref, text, LENGTH } from './fields';
import { SEARCH_RESULTS } from './vocab';

/**
 * A search for a gemeente's POK documents: tells "searched, nothing found" apart from "never
 * looked". One row per gemeente per research round (its bron: the notes of that round). Rows are
 * in the order the searches were made: a new search goes at the bottom.
 */
export const onderzochtSchema = z.object({
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  datum: partialDate(
    'Datum waarop gezocht is: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat is vastgelegd; leeg als de datum van de zoektocht niet is vastgelegd (de site zegt dan "datum niet vastgelegd"; vul nooit de datum van een ander stuk in).',
    { required: false },
  ),
  // Was `waar` until 2026-12: Dutch spreadsheets read that header as the boolean WAAR (TRUE).
  gezocht_in: text('Waar gezocht is: welke soorten bronnen (tot december 2026 heette deze kolom waar).', LENGTH.title),
  resultaat: oneOf(SEARCH_RESULTS, 'gevonden, niets gevonden, of bekend maar niet openbaar.'),
  bron: ref('Verslag van de zoektocht: de notities van de zoekronde waarin gezocht is (id in bronnen.csv).', 'bronnen'),
  opmerking: optionalText('Toelichting, bijvoorbeeld welk bekend document ontbreekt.', LENGTH.note),
});

export type Onderzocht = z.output<typeof onderzochtSchema>;
