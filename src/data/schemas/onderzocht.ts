import { z } from 'zod';
import { cbsCode, date, oneOf, optionalText, ref, text, LENGTH } from './fields';
import { REQUEST_KINDS, REQUEST_RESULTS, SEARCH_RESULTS } from './vocab';

/**
 * A search for a gemeente's POK documents, or a request for them: tells "searched, nothing
 * found" and "asked for, no answer yet" apart from "never looked".
 */
export const onderzochtSchema = z
  .object({
    cbs_code: cbsCode('CBS-code van de gemeente.'),
    datum: date('Datum waarop gezocht is, of waarop de stukken zijn opgevraagd of het antwoord kwam.'),
    // Was `waar` until 2026-12: Dutch spreadsheets read that header as the boolean WAAR (TRUE).
    gezocht_in: text('Waar gezocht is: welke soorten bronnen; bij een verzoek: bij wie de stukken zijn opgevraagd (tot december 2026 heette deze kolom waar).', LENGTH.title),
    resultaat: oneOf(
      SEARCH_RESULTS,
      'gevonden, niets gevonden of bekend maar niet openbaar (na zoeken); opgevraagd (de stukken zijn bij de gemeente gevraagd); ontvangen of geweigerd (het antwoord op dat verzoek).',
    ),
    verzoek: oneOf(REQUEST_KINDS, 'Hoe de stukken zijn opgevraagd: woo-verzoek (Wet open overheid) of schriftelijke vragen (van een raadslid). Alleen bij opgevraagd, ontvangen of geweigerd.', {
      required: false,
    }),
    bron: ref('Verslag van de zoektocht, of het verzoek of antwoord zelf (id in bronnen.csv).', 'bronnen'),
    opmerking: optionalText('Toelichting, bijvoorbeeld welk bekend document ontbreekt.', LENGTH.note),
  })
  .superRefine((row, ctx) => {
    // A request says how it was made; a search has no request kind.
    const request = (REQUEST_RESULTS as readonly string[]).includes(row.resultaat);
    if (request && row.verzoek === null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek'], message: `is empty; say how the documents were asked for (${REQUEST_KINDS.join(' or ')})`, params: { rule: 'request-kind' } });
    } else if (!request && row.verzoek !== null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek'], message: `is filled, but resultaat ${JSON.stringify(row.resultaat)} is a search, not a request; empty it`, params: { rule: 'request-kind' } });
    }
  });

export type Onderzocht = z.output<typeof onderzochtSchema>;
