import { z } from 'zod';
import { cbsCode, ref, text, LENGTH } from './fields';
import { plainName } from '../../search/plain-name';

/**
 * Another name a gemeente is commonly known by ("Den Haag" for 's-Gravenhage), so that search
 * finds the gemeente under the name people use. Only names a source states, with its words.
 */
export const gemeentenaamSchema = z
  .object({
    naam: text('De andere naam, zoals de bron die schrijft (bijvoorbeeld Den Haag voor de gemeente \'s-Gravenhage). Uniek: een naam wijst naar één gemeente.', LENGTH.name),
    cbs_code: cbsCode('CBS-code van de gemeente die zo genoemd wordt.'),
    bron: ref('Bron die de naam noemt (id in bronnen.csv).', 'bronnen'),
    citaat: text('Letterlijk citaat uit de bron waarin de naam staat.', LENGTH.quote),
  })
  .superRefine((row, ctx) => {
    // The quote must carry the name itself, so that a reader can check it against the source.
    if (!plainName(row.citaat).includes(plainName(row.naam))) {
      ctx.addIssue({ code: 'custom', path: ['citaat'], message: `does not contain the naam "${row.naam}"; quote the words of the source that give this name`, params: { rule: 'name-in-quote' } });
    }
  });

export type Gemeentenaam = z.output<typeof gemeentenaamSchema>;
