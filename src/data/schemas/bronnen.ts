import { z } from 'zod';
import { httpsUrl, id, oneOf, optionalText, partialDate, text, yesNo, LENGTH } from './fields';

export const SOURCE_KINDS = [
  'collegebesluit',
  'raadsinformatiebrief',
  'raadsvoorstel',
  'begroting',
  'bestuursrapportage',
  'jaarrekening',
  'jaarverslag',
  'perspectiefnota',
  'circulaire',
  'kamerstuk',
  'ledenbrief',
  'nieuwsbericht',
  'partijbericht',
  'interview',
  'evaluatie',
  'dataset',
  'onderzoeksnotitie',
  'naslagwerk',
  'webpagina',
  'woo-verzoek',
  'schriftelijke vragen',
] as const;

/** A source document: where every figure on the site comes from. */
export const bronSchema = z
  .object({
    id: id('Vaste naam van de bron, gebruikt in de kolom bron van de andere tabellen.'),
    titel: text('Titel van het document.', LENGTH.title),
    uitgever: text('Wie het document uitgaf (gemeente, ministerie, krant, partij, ...).', LENGTH.name),
    datum: partialDate('Datum van het document: JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is; leeg als onbekend.', { required: false }),
    soort: oneOf(SOURCE_KINDS, 'Soort document.'),
    primair: yesNo('ja: een eigen document van de overheid die het aangaat; nee: nieuws, partijen, adviesbureaus, eigen onderzoek.'),
    url: httpsUrl('Webadres van het document (alleen https).', { required: false }),
    vindplaats: optionalText('Waar het document te vinden is als het geen openbaar webadres heeft (bijvoorbeeld iBabs gemeente Diemen).', LENGTH.title),
    archief_url: httpsUrl('Webadres van een gearchiveerde kopie.', { required: false }),
    opmerking: optionalText('Toelichting, bijvoorbeeld als de titel is afgeleid.', LENGTH.note),
  })
  .superRefine((row, ctx) => {
    if (row.url === null && row.vindplaats === null) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'is empty and so is vindplaats; a source needs a https URL or a vindplaats', params: { rule: 'source-location' } });
    }
  });

export type Bron = z.output<typeof bronSchema>;
