import { z } from 'zod';
import { id, oneOf, optionalEuros, optionalRef, optionalText, ref, text, year, LENGTH } from './fields';
import { PER, SCALES } from './vocab';
import { endBoundField, precisionField } from './period-fields';
import { amountNeedsContext, endBound } from './row-rules';

/** National money for the POK aims: a stated total, or a stream that is part of a total. */
export const rijksmiddelSchema = z
  .object({
    id: id('Vaste naam van de regel.'),
    stroom: text('Welk geld: het totaal of een geldstroom (bijvoorbeeld decentralisatie-uitkering Vrouwenopvang).', LENGTH.line),
    schaal: oneOf(SCALES, 'landelijk: een bedrag voor het hele land; per gemeente: wat één gemeente kan krijgen.'),
    jaar_van: year('Eerste jaar, als het citaat dat jaar noemt; leeg als de bron geen jaar noemt.', { required: false }),
    jaar_tot: year('Laatste jaar dat de bron noemt, als het citaat dat jaar noemt; leeg als de bron geen eind noemt.', { required: false }),
    jaar_tot_grens: endBoundField(),
    per: oneOf(PER, 'jaar: het bedrag geldt voor elk jaar; totaal: één bedrag voor de hele periode.', { required: false }),
    bedrag_eur: optionalEuros('Bedrag in hele euro\'s, zoals de bron het noemt.'),
    bedrag_min: optionalEuros('Ondergrens, als de bron een bandbreedte noemt (23 tot 25 miljoen).'),
    bedrag_max: optionalEuros('Bovengrens, als de bron een bandbreedte noemt.'),
    bedrag_precisie: precisionField(),
    onderdeel_van: optionalRef('Het totaal waarvan deze stroom een deel is (id in deze tabel). Tel een totaal nooit op bij zijn delen.', 'rijksmiddelen'),
    ontvangers: text('Wie het geld krijgt (alle gemeenten, centrumgemeenten, ...).', LENGTH.line),
    bron: ref('Bron (id in bronnen.csv).', 'bronnen'),
    citaat: optionalText('Letterlijk citaat uit de bron met het bedrag.', LENGTH.quote),
    opmerking: optionalText('Toelichting.', LENGTH.note),
  })
  .superRefine((row, ctx) => {
    endBound(row, ctx);
    const range = row.bedrag_min !== null || row.bedrag_max !== null;
    if (range && (row.bedrag_min === null || row.bedrag_max === null || row.bedrag_eur !== null)) {
      ctx.addIssue({ code: 'custom', path: ['bedrag_min'], message: 'a range needs both bedrag_min and bedrag_max, and no bedrag_eur', params: { rule: 'amount-range' } });
    } else if (range && row.bedrag_min! > row.bedrag_max!) {
      ctx.addIssue({ code: 'custom', path: ['bedrag_max'], message: `is below bedrag_min ${row.bedrag_min}`, params: { rule: 'amount-range' } });
    }
    if (!range && row.bedrag_eur === null) {
      ctx.addIssue({ code: 'custom', path: ['bedrag_eur'], message: 'is empty; national money needs bedrag_eur or a bedrag_min/bedrag_max range', params: { rule: 'required' } });
    }
    amountNeedsContext(row, ctx, ['bedrag_eur', 'bedrag_min', 'bedrag_max']);
  });

export type Rijksmiddel = z.output<typeof rijksmiddelSchema>;
