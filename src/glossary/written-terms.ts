/**
 * The terms whose definitions are written by hand, each with the public page that defines or
 * explains it where there is one (read and checked; never an address from memory). The site's own
 * words (aims, fases, precision, coverage) are made from the vocabularies in src/glossary/terms.ts.
 */
import type { GlossaryTerm } from './glossary-types';

const rijksoverheid = 'Rijksoverheid';

export const MONEY: GlossaryTerm[] = [
  {
    id: 'pok',
    term: 'POK',
    section: 'geld',
    definition:
      'De Parlementaire ondervragingscommissie Kinderopvangtoeslag. Deze commissie van de Tweede Kamer onderzocht in 2020 hoe het misging met de kinderopvangtoeslag. Haar rapport heet Ongekend onrecht.',
    source: {
      title: 'Parlementaire ondervraging kinderopvangtoeslag',
      publisher: 'Parlement.com',
      url: 'https://www.parlement.com/id/vla6g4unpswa/parlementaire_ondervraging',
    },
  },
  {
    id: 'pok-middelen',
    term: 'POK-middelen',
    section: 'geld',
    definition:
      'Extra geld van het Rijk, na het rapport van de POK, om mensen in een kwetsbare positie beter te helpen. Het gaat om 150 miljoen euro per jaar. Gemeenten bepalen zelf waaraan ze het uitgeven.',
    source: {
      title: 'Eenmalige financiële impuls gemeenten voor sociaal domein',
      publisher: 'VNG',
      url: 'https://vng.nl/nieuws/eenmalige-financiele-impuls-gemeenten-voor-sociaal-domein',
    },
    more: '/methode/#pok-middelen',
  },
  {
    id: 'hersteloperatie',
    term: 'Hersteloperatie',
    section: 'geld',
    definition:
      'De hulp en het geld voor ouders die door de toeslagenaffaire zijn gedupeerd. Dat is iets anders dan de POK-middelen: die zijn voor betere dienstverlening aan alle inwoners. Geld voor de hersteloperatie staat niet op deze site.',
    source: {
      title: 'Gedupeerde ouders krijgen keuze uit twee routes voor aanvullende schade',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/07/04/gedupeerde-ouders-krijgen-keuze-uit-twee-routes-voor-aanvullende-schade',
    },
    more: '/methode/#hersteloperatie',
  },
  {
    id: 'gemeentefonds',
    term: 'Gemeentefonds',
    section: 'geld',
    definition:
      'De pot op de begroting van het Rijk waaruit gemeenten elk jaar geld krijgen. De meeste POK-middelen gaan via het gemeentefonds naar de gemeenten.',
    source: {
      title: 'Begroting 2019, Algemene uitkering',
      publisher: 'Gemeente Stein',
      url: 'https://stein.begroting-2019.nl/p12602/algemene-uitkering',
    },
  },
  {
    id: 'algemene-uitkering',
    term: 'Algemene uitkering',
    section: 'geld',
    definition:
      'Het grootste deel van het geld uit het gemeentefonds. De gemeente mag het vrij besteden en hoeft het Rijk niet te laten weten waaraan.',
    source: {
      title: 'Algemene uitkering (begrippenlijst)',
      publisher: 'COELO',
      url: 'https://coelo.nl/?glossary=algemene-uitkering',
    },
  },
  {
    id: 'decentralisatie-uitkering',
    term: 'Decentralisatie-uitkering',
    section: 'geld',
    definition:
      'Geld uit het gemeentefonds voor een bepaalde taak, apart genoemd. Het komt wel bij het algemene geld van de gemeente: zij hoeft het Rijk niet te laten weten hoe ze het uitgaf.',
    source: {
      title: 'Aanpassing uitkeringsstelsel gemeenten en provincies naar Raad van State',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/actueel/nieuws/2026/01/09/aanpassing-uitkeringsstelsel-gemeenten-en-provincies-naar-raad-van-state',
    },
  },
  {
    id: 'circulaire',
    term: 'Circulaire (gemeentefonds)',
    section: 'geld',
    definition:
      'Een brief van het Rijk aan alle gemeenten over het gemeentefonds: hoeveel geld er is en hoe het over de gemeenten wordt verdeeld. Er komen er een paar per jaar.',
    source: {
      title: 'Decembercirculaire gemeentefonds 2021',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/documenten/circulaires/2021/12/14/decembercirculaire-gemeentefonds-2021',
    },
  },
  {
    id: 'decembercirculaire',
    term: 'Decembercirculaire',
    section: 'geld',
    definition:
      'De circulaire van het gemeentefonds die in december verschijnt. Volgens de VNG staat de verdeling van de POK-middelen over de gemeenten in de decembercirculaire van 2021.',
    source: {
      title: 'Decembercirculaire gemeentefonds 2021',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/documenten/circulaires/2021/12/14/decembercirculaire-gemeentefonds-2021',
    },
  },
  {
    id: 'meicirculaire',
    term: 'Meicirculaire',
    section: 'geld',
    definition:
      'De circulaire van het gemeentefonds die eind mei verschijnt. De meicirculaire 2022 is van 31 mei 2022.',
    source: {
      title: 'Meicirculaire gemeentefonds 2022',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/documenten/circulaires/2022/05/31/meicirculaire-gemeentefonds-2022',
    },
  },
];

export const GOVERNMENT: GlossaryTerm[] = [
  {
    id: 'college',
    term: 'College (van burgemeester en wethouders)',
    section: 'bestuur',
    definition:
      'Het dagelijks bestuur van de gemeente: de burgemeester en de wethouders. Het college voert uit wat de gemeenteraad op hoofdlijnen besluit, en bereidt voorstellen voor de raad voor.',
    source: {
      title: 'Samenstelling college',
      publisher: 'Gemeente Heumen',
      url: 'https://www.heumen.nl/samenstelling-college',
    },
  },
  {
    id: 'raad',
    term: 'Raad (gemeenteraad)',
    section: 'bestuur',
    definition:
      'De gekozen vertegenwoordigers van de inwoners, en het hoogste orgaan van de gemeente. De raad stelt de begroting vast en controleert het college.',
    source: {
      title: 'College van B&W',
      publisher: 'Gemeente Krimpenerwaard',
      url: 'https://www.krimpenerwaard.nl/bestuur/college-van-bw_3194/',
    },
  },
  {
    id: 'collegebesluit',
    term: 'Collegebesluit',
    section: 'bestuur',
    definition:
      'Een besluit van het college. Over veel onderwerpen mag het college zelf beslissen. De besluiten staan meestal op een openbare besluitenlijst.',
    source: {
      title: 'Wat doet het college?',
      publisher: 'Gemeente Noordenveld',
      url: 'https://www.gemeentenoordenveld.nl/bestuur_en_organisatie/politiek/college_van_b_en_w/wat_doet_het_college_',
    },
  },
  {
    id: 'raadsinformatiebrief',
    term: 'Raadsinformatiebrief',
    section: 'bestuur',
    definition:
      'Een brief van het college aan de gemeenteraad om de raad op de hoogte te houden, bijvoorbeeld over een plan. De raad hoeft er niets over te besluiten. Zo’n brief is meestal openbaar.',
    source: {
      title: 'Overzicht raadsinformatiebrieven',
      publisher: 'Gemeente Kerkrade',
      url: 'https://raadsinformatie.kerkrade.nl/Documenten/raadsinformatiebrieven',
    },
  },
  {
    id: 'woo-verzoek',
    term: 'Woo-verzoek',
    section: 'bestuur',
    definition:
      'Een verzoek aan een overheid om stukken openbaar te maken, op grond van de Wet open overheid (Woo). Iedereen mag zo’n verzoek doen, zonder te zeggen waarom.',
    source: {
      title: 'Opvragen overheidsinformatie (Woo-verzoek)',
      publisher: rijksoverheid,
      url: 'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/opvragen-overheidsinformatie-woo-verzoek',
    },
  },
];

export const DOCUMENTS: GlossaryTerm[] = [
  {
    id: 'begroting',
    term: 'Begroting',
    section: 'stukken',
    definition:
      'Het plan van de gemeente voor een jaar: welke taken zij uitvoert en hoeveel geld daarvoor binnenkomt en uitgaat. De gemeenteraad stelt de begroting elk jaar vast.',
    source: {
      title: 'Jaarverslag 2020, Algemeen',
      publisher: 'Gemeente Deventer',
      url: 'https://deventer.jaarverslag-2020.nl/p15804/algemeen',
    },
  },
  {
    id: 'bestuursrapportage',
    term: 'Bestuursrapportage',
    section: 'stukken',
    definition:
      'Een tussentijds verslag, vaak twee keer per jaar: hoe staat het met de plannen uit de begroting, en wat verandert er in geld? Soms verschuift geld dan naar een later jaar.',
    source: {
      title: 'Bestuursrapportage',
      publisher: 'Gemeente Smallingerland',
      url: 'https://www.smallingerland.nl/Onderwerpen/Bestuur_en_organisatie/Bestuursrapportage',
    },
  },
  {
    id: 'jaarrekening',
    term: 'Jaarrekening',
    section: 'stukken',
    definition:
      'De rekening achteraf: wat kwam er in een jaar echt binnen en wat werd er echt uitgegeven, vergeleken met de begroting. Het college legt zo verantwoording af aan de raad.',
    source: {
      title: 'Jaarstukken',
      publisher: 'Gemeente Stadskanaal',
      url: 'https://www.stadskanaal.nl/bestuur-organisatie/organisatie/financien/jaarstukken',
    },
  },
  {
    id: 'jaarverslag',
    term: 'Jaarverslag',
    section: 'stukken',
    definition:
      'Het verslag achteraf van wat de gemeente in een jaar wilde bereiken, wat zij deed en wat het kostte. Samen met de jaarrekening heet het de jaarstukken.',
    source: {
      title: 'Jaarstukken',
      publisher: 'Gemeente Stadskanaal',
      url: 'https://www.stadskanaal.nl/bestuur-organisatie/organisatie/financien/jaarstukken',
    },
  },
];
