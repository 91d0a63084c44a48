import { z } from 'zod';
import { cbsCode, oneOf, optionalText, partialDate, ref, text, LENGTH } from './fields';
import { REQUEST_KINDS, REQUEST_RESULTS, SEARCH_RESULTS } from './vocab';

/**
 * A search for a gemeente's POK documents, or a request for them: tells "searched, nothing
 * found" and "asked for, no answer yet" apart from "never looked". A search is one row per
 * gemeente per research round (its bron: the notes of that round). Rows are in the order the
 * searches were made: a new search goes at the bottom.
 */
export const onderzochtSchema = z
  .object({
    cbs_code: cbsCode('CBS-code van de gemeente.'),
    datum: partialDate(
      'Datum waarop gezocht is, of waarop de stukken zijn opgevraagd of het antwoord kwam: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat is vastgelegd; leeg als de datum van een zoektocht niet is vastgelegd (de site zegt dan "datum niet vastgelegd"; vul nooit de datum van een ander stuk in). Een verzoek heeft altijd een datum.',
      { required: false },
    ),
    // Was `waar` until 2026-12: Dutch spreadsheets read that header as the boolean WAAR (TRUE).
    gezocht_in: text('Waar gezocht is: welke soorten bronnen; bij een verzoek: bij wie de stukken zijn opgevraagd (tot december 2026 heette deze kolom waar).', LENGTH.title),
    resultaat: oneOf(
      SEARCH_RESULTS,
      'gevonden, niets gevonden of bekend maar niet openbaar (na zoeken); opgevraagd (de stukken zijn bij de gemeente gevraagd); ontvangen of geweigerd (het antwoord op dat verzoek).',
    ),
    verzoek: oneOf(REQUEST_KINDS, 'Hoe de stukken zijn opgevraagd: woo-verzoek (Wet open overheid) of schriftelijke vragen (van een raadslid). Alleen bij opgevraagd, ontvangen of geweigerd.', {
      required: false,
    }),
    bron: ref('Verslag van de zoektocht (de notities van de zoekronde waarin gezocht is), of het verzoek of antwoord zelf (id in bronnen.csv).', 'bronnen'),
    opmerking: optionalText('Toelichting, bijvoorbeeld welk bekend document ontbreekt.', LENGTH.note),
  })
  .superRefine((row, ctx) => {
    // A request says how it was made, and when; a search has no request kind.
    const request = (REQUEST_RESULTS as readonly string[]).includes(row.resultaat);
    if (request && row.verzoek === null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek'], message: `is empty; say how the documents were asked for (${REQUEST_KINDS.join(' or ')})`, params: { rule: 'request-kind' } });
    } else if (!request && row.verzoek !== null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek'], message: `is filled, but resultaat ${JSON.stringify(row.resultaat)} is a search, not a request; empty it`, params: { rule: 'request-kind' } });
    }
    if (request && row.datum === null) {
      ctx.addIssue({ code: 'custom', path: ['datum'], message: 'is empty; a request for documents says when it was made or answered', params: { rule: 'required' } });
    }
  });

export type Onderzocht = z.output<typeof onderzochtSchema>;
