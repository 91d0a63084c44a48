import { z } from 'zod';
import { cbsCode, id, oneOf, optionalEuros, optionalRef, optionalText, ref, text, LENGTH } from './fields';
import { periodFields, precisionField } from './period-fields';
import { AIMS, CLASSIFIED_BY, PHASES } from './vocab';
import { amountNeedsContext, endBound } from './row-rules';

/** A gemeente's own budget or spending line for the POK aims. A multi-year amount stays one row. */
export const bestedingSchema = z
  .object({
    id: id('Vaste naam van de regel; ook het anker #besteding-{id} op de gemeentepagina.'),
    cbs_code: cbsCode('CBS-code van de gemeente.'),
    ...periodFields(),
    maatregel: text('De maatregel, letterlijk zoals de bron hem noemt.', LENGTH.sentence),
    actielijn: optionalText('De actielijn of het programma, letterlijk uit de bron.', LENGTH.line),
    doel: oneOf(AIMS, 'Welk van de vier doelen van de POK-middelen; leeg als dat niet te zeggen is.', { required: false }),
    doel_door: oneOf(CLASSIFIED_BY, 'bron: de bron noemt het doel; redactie: onze indeling (zie /methode/).', { required: false }),
    bedrag_eur: optionalEuros('Bedrag in hele euro\'s; leeg als de bron geen bedrag noemt.'),
    bedrag_precisie: precisionField(),
    fase: oneOf(PHASES, 'gepland, begroot, besteed, onderbesteed of vrijgevallen.'),
    besluit: optionalRef('Het besluit waarop deze regel berust (id in besluiten.csv).', 'besluiten'),
    vervangt: optionalRef('Een oudere regel in deze tabel die deze regel vervangt; totalen gebruiken alleen de nieuwste.', 'bestedingen'),
    bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
    citaat: optionalText('Letterlijk citaat uit de bron.', LENGTH.quote),
    opmerking: optionalText('Toelichting.', LENGTH.note),
    citaat_uitzondering: optionalText(
      'Alleen als het bedrag niet letterlijk in het citaat staat: waarom niet (bijvoorbeeld: de eenheid staat in een tabelkop buiten het gelezen fragment). De bouw controleert dit bedrag dan niet tegen het citaat; /methode/ noemt elke uitzondering.',
      LENGTH.sentence,
    ),
  })
  .superRefine((row, ctx) => {
    endBound(row, ctx);
    amountNeedsContext(row, ctx, ['bedrag_eur']);
    if ((row.doel === null) !== (row.doel_door === null)) {
      ctx.addIssue({ code: 'custom', path: ['doel_door'], message: 'doel and doel_door go together: fill both or neither', params: { rule: 'aim-classified-by' } });
    }
  });

export type Besteding = z.output<typeof bestedingSchema>;
