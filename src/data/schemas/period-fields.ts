import { oneOf, optionalText, year, LENGTH } from './fields';
import { PER, PRECISION } from './vocab';

/** Money over time: a year range (empty end: open-ended) and whether the amount is per year or for the whole range. */
export const periodFields = () => ({
  jaar_van: year('Eerste jaar waarop het bedrag slaat; leeg als de bron het niet noemt.', { required: false }),
  jaar_tot: year('Laatste jaar waarop het bedrag slaat; leeg als de bron geen eind noemt (bijvoorbeeld structureel).', { required: false }),
  periode_bron: optionalText('De woorden van de bron voor de periode, als de jaren niet (helemaal) genoemd worden, bijvoorbeeld "de komende vier jaar".', LENGTH.line),
  per: oneOf(PER, 'jaar: het bedrag geldt voor elk jaar van de periode; totaal: één bedrag voor de hele periode.', { required: false }),
});

export const precisionField = () =>
  oneOf(
    PRECISION,
    'exact; minimaal (de bron zegt "ruim" of "minimaal"); maximaal (de bron zegt "tot maximaal" of "hoogstens"); afgerond (de bron zegt "zo\'n", "circa" of "ongeveer", of rondt af: "€ 2,9 miljoen"); bandbreedte (de bron noemt een bandbreedte, "23 tot 25 miljoen").',
    { required: false },
  );
