import { z } from 'zod';
import { cbsCode, date, oneOf, optionalText, ref, text, LENGTH } from './fields';
import { SEARCH_RESULTS } from './vocab';

/** A search for a gemeente's POK documents: tells "searched, nothing found" apart from "never looked". */
export const onderzochtSchema = z.object({
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  datum: date('Datum waarop gezocht is.'),
  // Was `waar` until 2026-12: Dutch spreadsheets read that header as the boolean WAAR (TRUE).
  gezocht_in: text('Waar gezocht is: welke soorten bronnen (tot december 2026 heette deze kolom waar).', LENGTH.title),
  resultaat: oneOf(SEARCH_RESULTS, 'gevonden, niets gevonden, of bekend maar niet openbaar.'),
  bron: ref('Verslag van de zoektocht (id in bronnen.csv).', 'bronnen'),
  opmerking: optionalText('Toelichting, bijvoorbeeld welk bekend document ontbreekt.', LENGTH.note),
});

export type Onderzocht = z.output<typeof onderzochtSchema>;
