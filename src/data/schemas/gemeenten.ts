import { z } from 'zod';
import { POK_PERIOD_DATES, cbsKey, date, id, optionalCbsCode, ref, text, LENGTH } from './fields';

/** A gemeente of 2024, or a former gemeente that a fact or population figure refers to. */
export const gemeenteSchema = z
  .object({
    cbs_code: cbsKey('CBS-code van de gemeente, bijvoorbeeld GM0362. De sleutel waarnaar de andere tabellen verwijzen.'),
    naam: text('Naam van de gemeente zoals het CBS die schrijft.', LENGTH.name),
    slug: id('Deel van het webadres van de gemeentepagina (/gemeenten/{slug}/): kleine letters zonder accenten; verandert nooit.'),
    provincie: text('Provincie waarin de gemeente ligt (CBS-schrijfwijze, bijvoorbeeld Fryslân).', LENGTH.word),
    geldig_vanaf: date('Eerste dag waarop de gemeente bestond, als die in de jaren van de POK-middelen valt; anders leeg.', { required: false, range: POK_PERIOD_DATES }),
    geldig_tot: date('Laatste dag waarop de gemeente bestond; leeg voor een bestaande gemeente.', { required: false, range: POK_PERIOD_DATES }),
    opgegaan_in: optionalCbsCode('CBS-code van de gemeente waarin deze gemeente is opgegaan; leeg voor een bestaande gemeente.'),
    bron: ref('Bron van deze regel (id in bronnen.csv).', 'bronnen'),
  })
  .superRefine((row, ctx) => {
    if (row.geldig_vanaf && row.geldig_tot && row.geldig_vanaf > row.geldig_tot) {
      ctx.addIssue({ code: 'custom', path: ['geldig_tot'], message: `is before geldig_vanaf ${row.geldig_vanaf}`, params: { rule: 'date-order' } });
    }
    if ((row.geldig_tot === null) !== (row.opgegaan_in === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['opgegaan_in'],
        message: 'a former gemeente needs both geldig_tot and opgegaan_in; a current one neither',
        params: { rule: 'successor' },
      });
    }
  });

export type Gemeente = z.output<typeof gemeenteSchema>;
