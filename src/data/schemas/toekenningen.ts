import { z } from 'zod';
import { cbsCode, euros, id, optionalText, ref, text, LENGTH } from './fields';
import { periodFields, precisionField } from './period-fields';
import { amountNeedsContext, endBound } from './row-rules';

/** Money the Rijk allocated to one gemeente (never a gemeente's own budget: that is a besteding). */
export const toekenningSchema = z
  .object({
    id: id('Vaste naam van de regel.'),
    cbs_code: cbsCode('CBS-code van de gemeente die het geld krijgt.'),
    ...periodFields(),
    bedrag_eur: euros('Bedrag in hele euro\'s, zoals de bron het noemt.'),
    bedrag_precisie: precisionField(),
    route: text('Langs welke weg het geld komt (bijvoorbeeld decembercirculaire 2021, algemene uitkering).', LENGTH.line),
    bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
    citaat: optionalText('Letterlijk citaat uit de bron met het bedrag.', LENGTH.quote),
    opmerking: optionalText('Toelichting.', LENGTH.note),
  })
  .superRefine((row, ctx) => {
    endBound(row, ctx);
    amountNeedsContext(row, ctx, ['bedrag_eur']);
  });

export type Toekenning = z.output<typeof toekenningSchema>;
