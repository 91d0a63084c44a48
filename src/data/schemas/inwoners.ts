import { z } from 'zod';
import { cbsCode, count, ref, year } from './fields';
import { POPULATION_YEAR_MAX, POPULATION_YEAR_MIN } from '../../site/years';

/** Inhabitants of a gemeente on 1 January, within that year's boundaries. */
export const inwonersSchema = z.object({
  cbs_code: cbsCode('CBS-code van de gemeente in de indeling van dat jaar.'),
  jaar: year('Jaar; het aantal geldt op 1 januari van dit jaar.', { min: POPULATION_YEAR_MIN, max: POPULATION_YEAR_MAX }),
  inwoners: count('Aantal inwoners op 1 januari volgens het CBS.'),
  bron: ref('Bron van het aantal (id in bronnen.csv).', 'bronnen'),
});

export type Inwoners = z.output<typeof inwonersSchema>;
