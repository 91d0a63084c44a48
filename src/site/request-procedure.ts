/**
 * What the request pages say about the procedure (who may ask, to whom, how long it may take),
 * each statement with the public source that says it and a verbatim quote from it. The page says
 * nothing about the procedure that is not here. Quotes were read in stored copies of the pages on
 * 2026-12-07 (see the research notes on asking gemeenten for documents).
 */
export interface ProcedureFact {
  /** The statement in plain Dutch, as the page says it. */
  says: string;
  quote: string;
  /** Who says it, as the page names the source. */
  source: string;
  url: string;
}

/** The Woo-verzoek: anyone may ask, no reason needed, to the college, four weeks plus two. */
export const WOO_PROCEDURE: readonly ProcedureFact[] = [
  {
    says: 'Iedereen mag de gemeente om documenten vragen. Dat staat in de Wet open overheid (Woo).',
    quote:
      'Eenieder kan een verzoek om publieke informatie richten tot een bestuursorgaan of een onder verantwoordelijkheid van een bestuursorgaan werkzame instelling, dienst of bedrijf.',
    source: 'Wet open overheid, artikel 4.1 (tekst op overheidenopenbaarheid.nl)',
    url: 'https://overheidenopenbaarheid.nl/woo/',
  },
  {
    says: 'U hoeft niet te zeggen waarom u de documenten wilt.',
    quote: 'U hoeft niet te laten weten waarom u de informatie wilt hebben.',
    source: 'gemeente Assen, Informatieaanvraag Wet open overheid',
    url: 'https://www.assen.nl/informatieaanvraag-wet-open-overheid',
  },
  {
    says: 'Het verzoek gaat naar het college van burgemeester en wethouders. Noem het onderwerp, of het document als u dat kent.',
    quote:
      'Richt uw (schriftelijke) verzoek aan het college van burgemeester en wethouders (B&W). (…) U moet het onderwerp (in vaktaal: de bestuurlijke aangelegenheid) of het document (als u het concrete document kent) noemen waarover u informatie wenst.',
    source: 'gemeente Son en Breugel, Informatie opvragen bij de gemeente (Woo)',
    url: 'https://www.sonenbreugel.nl/informatie-opvragen-bij-de-gemeente-woo',
  },
  {
    says: 'De gemeente beslist binnen vier weken. Ze mag dat één keer met twee weken verlengen, als het om veel of ingewikkelde informatie gaat.',
    quote:
      'Het bestuursorgaan beslist op het verzoek om informatie zo spoedig mogelijk, doch uiterlijk binnen vier weken gerekend vanaf de dag na die waarop het verzoek is ontvangen. Het bestuursorgaan kan de beslissing voor ten hoogste twee weken verdagen, indien de omvang of de gecompliceerdheid van de informatie een verlenging rechtvaardigt.',
    source: 'Wet open overheid, artikel 4.4, zoals geciteerd door Expertisecentrum Spoon',
    url: 'https://expertisecentrumspoon.nl/kennisbank/termijnen/',
  },
  {
    says: 'Geen antwoord op tijd? Dan kunt u de gemeente een ingebrekestelling sturen.',
    quote:
      'Reageert de gemeente niet binnen de termijn op uw verzoek? Dan kunt u de gemeente een ingebrekestelling sturen.',
    source: 'gemeente Vlieland, Informatie opvragen bij gemeente, Wet open overheid (Woo)',
    url: 'https://www.vlieland.nl/informatie-opvragen-bij-gemeente-wet-open-overheid-woo',
  },
];

/** Not every gemeente takes a request by e-mail: said where no page of the gemeente itself is known. */
export const NO_EMAIL_EVERYWHERE: ProcedureFact = {
  says: 'Niet elke gemeente neemt een Woo-verzoek per e-mail aan. Kijk op de website van de gemeente hoe het daar gaat.',
  quote: 'Indienen per e-mail is niet mogelijk.',
  source: 'gemeente Son en Breugel, Informatie opvragen bij de gemeente (Woo)',
  url: 'https://www.sonenbreugel.nl/informatie-opvragen-bij-de-gemeente-woo',
};

/** Written questions: a council member's right; the term is in each council's own rules. */
export const QUESTIONS_PROCEDURE: readonly ProcedureFact[] = [
  {
    says: 'Een raadslid mag het college schriftelijk vragen stellen. Hoe snel het antwoord moet komen, staat in het reglement van orde van de gemeenteraad.',
    quote:
      'Op basis van artikel 155 lid 1 van de Gemeentewet kan een raadslid het college of de burgemeester schriftelijk vragen stellen. Volgens het Reglement van Orde voor de vergaderingen van de raad dienen deze schriftelijke vragen binnen 30 dagen te worden beantwoord.',
    source: 'gemeente Echt-Susteren, Vragen en antwoorden',
    url: 'https://www.echt-susteren.nl/vragen-en-antwoorden',
  },
  {
    says: 'Bij veel gemeenten gaan de vragen via de griffie van de raad.',
    quote: 'De vragen worden bij de griffier ingediend.',
    source: 'gemeente Westerveld, Spelregels schriftelijke vragen',
    url: 'https://www.gemeentewesterveld.nl/bis/De_gemeenteraad/Schriftelijke_vragen/Spelregels',
  },
];

/** Where released documents can already be found before asking: a link the reader follows. */
export const WOOGLE: ProcedureFact = {
  says: 'Kijk eerst of de stukken al openbaar zijn. Woogle zoekt in documenten die overheden onder de Woo openbaar maakten.',
  quote:
    'Woogle is één plek waar alle documenten die vrijgegeven zijn onder de Wet open overheid (Woo), uit alle informatiecategorieën en alle bestuursorganen, makkelijk en snel te vinden zijn.',
  source: 'Woogle (Universiteit van Amsterdam), over Woogle',
  url: 'https://woogle.wooverheid.nl/about',
};
