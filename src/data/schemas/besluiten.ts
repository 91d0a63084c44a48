import { z } from 'zod';
import { cbsCode, id, oneOf, optionalText, partialDate, ref, text, LENGTH } from './fields';
import { BODIES, DECISION_SUBJECTS, OUTCOMES, REQUEST_OUTCOMES } from './vocab';

/** A decision or a proposal about POK money. Its id reads `{gemeente-slug}-{datum}-{onderwerp}`. */
export const besluitSchema = z
  .object({
    id: id('Vaste naam: {gemeente-slug}-{datum}-{onderwerp}; ook het webadres /besluiten/{id}/.'),
    cbs_code: cbsCode('CBS-code van de gemeente.'),
    datum: partialDate('Datum van het besluit zoals het citaat die noemt: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is.'),
    orgaan: oneOf(BODIES, 'Wie besliste: college, raad, raadscommissie of burgemeester.'),
    onderwerp: oneOf(DECISION_SUBJECTS, 'Soort besluit: plan, verzoek, motie, raadsvoorstel, begroting of bespreking.'),
    verzoeker: optionalText('Wie om het besluit vroeg, als iemand dat deed.', LENGTH.line),
    uitkomst: oneOf(OUTCOMES, 'Wat er met het voorstel gebeurde: aangenomen, verworpen, voorgesteld, ter kennisname of onbekend.'),
    verzoek_uitkomst: oneOf(
      REQUEST_OUTCOMES,
      'Alleen bij onderwerp verzoek: wat het besluit met het verzoek deed (ingewilligd, deels ingewilligd, afgewezen of onbekend). De site toont dit als uitkomst; uitkomst zegt dan alleen of het voorgestelde besluit over het verzoek is genomen.',
      { required: false },
    ),
    strekking: text('Het besluit in één gewone zin.', LENGTH.line),
    stemming: optionalText('Hoe er gestemd is, als de bron dat zegt.', LENGTH.line),
    bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
    citaat: text('Letterlijk citaat uit de bron.', LENGTH.quote),
  })
  .superRefine((row, ctx) => {
    // A decision about a request must say what it did with the request: "aangenomen" alone reads as granted.
    if (row.onderwerp === 'verzoek' && row.verzoek_uitkomst === null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek_uitkomst'], message: 'is empty; a decision about a request says what it did with the request', params: { rule: 'request-outcome' } });
    } else if (row.onderwerp !== 'verzoek' && row.verzoek_uitkomst !== null) {
      ctx.addIssue({ code: 'custom', path: ['verzoek_uitkomst'], message: `is filled, but onderwerp is ${row.onderwerp}, not verzoek`, params: { rule: 'request-outcome' } });
    }
  });

export type Besluit = z.output<typeof besluitSchema>;
