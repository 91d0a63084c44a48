import { z } from 'zod';
import { cbsCode, id, partialDate, ref, text, LENGTH } from './fields';

/** A gemeente named in a source without a fact we can encode (e.g. a good example in the 2024 evaluation). */
export const vermeldingSchema = z.object({
  id: id('Vaste naam van de regel.'),
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  datum: partialDate('Datum van de vermelding; leeg als de bron geen datum noemt.', { required: false }),
  omschrijving: text('Waarom de gemeente genoemd wordt.', LENGTH.sentence),
  bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
  citaat: text('Letterlijk citaat uit de bron.', LENGTH.quote),
});

export type Vermelding = z.output<typeof vermeldingSchema>;
