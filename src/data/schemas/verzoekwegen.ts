import { z } from 'zod';
import { cbsCode, oneOf, optionalText, ref, text, LENGTH } from './fields';
import { REQUEST_KINDS } from './vocab';

/**
 * A gemeente's own public page that says how to ask it for documents: how to file a
 * Woo-verzoek, or how a council member's written questions go and how soon they are answered.
 * The request page of that gemeente links it and quotes it; without one, the reader fills in
 * where the request goes. Never an address from memory: the page is the source.
 */
export const verzoekwegSchema = z.object({
  cbs_code: cbsCode('CBS-code van de gemeente.'),
  soort: oneOf(REQUEST_KINDS, 'Welk verzoek de pagina uitlegt: woo-verzoek (iedereen kan het indienen) of schriftelijke vragen (van een raadslid aan het college).'),
  bron: ref('De pagina van de gemeente (id in bronnen.csv; daar staat het webadres).', 'bronnen'),
  citaat: text('Letterlijk citaat van die pagina: hoe en waar het verzoek wordt ingediend, of hoe snel het antwoord komt.', LENGTH.quote),
  opmerking: optionalText('Toelichting.', LENGTH.note),
});

export type Verzoekweg = z.output<typeof verzoekwegSchema>;
