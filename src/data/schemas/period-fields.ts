import { oneOf, optionalText, year, LENGTH } from './fields';
import { END_BOUNDS, PER, PRECISION } from './vocab';

/** How the source ends the period: filled exactly when jaar_tot is (see END_BOUNDS and /methode/#periode). */
export const endBoundField = () =>
  oneOf(
    END_BOUNDS,
    'Hoe de bron de periode laat eindigen: "tot en met" (de bron zegt t/m, tot en met, 2022-2027, of noemt het jaar zelf: jaar_tot telt mee) of "tot" (de bron zegt "tot 2027": jaar_tot telt niet mee). Leeg als jaar_tot leeg is.',
    { required: false },
  );

/**
 * Money over time: a year range (empty end: open-ended) and whether the amount is per year or for
 * the whole range. A year is filled only when the row's own quote states it for this amount; a
 * year that is only part of a document's name ("1e Burap 2022") stays empty (/methode/#periode).
 */
export const periodFields = () => ({
  jaar_van: year('Eerste jaar waarop het bedrag slaat, als het citaat dat jaar noemt; leeg als de bron het niet noemt (een jaar in de naam van een document telt niet).', { required: false }),
  jaar_tot: year('Laatste jaar dat de bron noemt, als het citaat dat jaar noemt; leeg als de bron geen eind noemt (bijvoorbeeld structureel).', { required: false }),
  jaar_tot_grens: endBoundField(),
  periode_bron: optionalText('De woorden van de bron voor de periode, letterlijk uit het citaat, als de jaren niet (helemaal) genoemd worden, bijvoorbeeld "de komende vier jaar" of "eenmalig".', LENGTH.line),
  per: oneOf(PER, 'jaar: het bedrag geldt voor elk jaar van de periode (de bron zegt "per jaar", "jaarlijks", "structureel", of noemt het per jaarkolom); totaal: één bedrag voor de hele periode.', { required: false }),
});

export const precisionField = () =>
  oneOf(
    PRECISION,
    'exact; minimaal (de bron zegt "ruim" of "minimaal"); maximaal (de bron zegt "tot maximaal" of "hoogstens"); afgerond (de bron zegt "zo\'n", "circa" of "ongeveer", of rondt af: "€ 2,9 miljoen"); bandbreedte (de bron noemt een bandbreedte, "23 tot 25 miljoen").',
    { required: false },
  );
