/**
 * Interface strings, one module per language (the Astro i18n recipe). Dutch is the default; an
 * English version adds an `en` block here and pages under /en/, without moving Dutch URLs.
 */
export const ui = {
  nl: {
    'site.skip': 'Naar de inhoud',
    'nav.home': 'Landelijk beeld',
    'nav.gemeenten': 'Gemeenten',
    'nav.vergelijk': 'Vergelijken',
    'nav.data': 'Open data',
    'nav.methode': 'Methode',
    'nav.meedoen': 'Meedoen',
    'nav.over': 'Over',
    'nav.label': 'Hoofdmenu',
    'search.label': 'Zoek uw gemeente',
    'search.site.label': 'Zoek uw gemeente of een onderwerp',
    'search.button': 'Zoeken',
    'search.placeholder': 'Bijvoorbeeld Amstelveen',
    'footer.data': 'De gegevens staan als CSV in de map data/ van de broncode.',
    'coverage.bedragen': 'Bedragen bekend',
    'coverage.besluiten': 'Besluiten, plannen of bestedingen, geen bedragen',
    'coverage.genoemd': 'Alleen genoemd',
    'coverage.opgevraagd': 'Stukken opgevraagd',
    'coverage.niets-gevonden': 'Gezocht, niets gevonden',
    'coverage.niet-onderzocht': 'Nog niet onderzocht',
    'coverage.bedragen.uitleg': 'Wij vonden bedragen in openbare stukken.',
    'coverage.besluiten.uitleg': 'Wij vonden besluiten, voorstellen, plannen, bestedingen of resultaten, maar geen bedragen.',
    'coverage.genoemd.uitleg': 'De gemeente wordt in een bron genoemd, zonder feiten die wij kunnen vastleggen.',
    'coverage.opgevraagd.uitleg': 'Er zijn geen openbare stukken bekend, maar iemand heeft ze bij de gemeente opgevraagd.',
    'coverage.niets-gevonden.uitleg': 'Wij hebben gezocht en niets openbaars gevonden.',
    'coverage.niet-onderzocht.uitleg': 'Wij hebben nog niet gezocht.',
    'aim.capaciteit': 'Meer capaciteit voor de uitvoering van de dienstverlening',
    'aim.ondersteuning': 'Extra ondersteuning voor mensen met complexe problematiek',
    'aim.coordinatie': 'Betere coördinatie tussen uitvoerders bij meervoudige problematiek',
    'aim.leervermogen': 'Versterken van het leervermogen om de uitvoering continu te verbeteren',
    'aim.none': 'Doel niet duidelijk',
    'phase.gepland': 'Gepland',
    'phase.begroot': 'Begroot',
    'phase.besteed': 'Besteed',
    'phase.onderbesteed': 'Niet besteed',
    'phase.vrijgevallen': 'Vrijgevallen',
    'outcome.aangenomen': 'Aangenomen',
    'outcome.verworpen': 'Verworpen',
    'outcome.voorgesteld': 'Voorgesteld (uitkomst niet bekend)',
    'outcome.ter kennisname': 'Ter kennisname',
    'outcome.onbekend': 'Onbekend',
    'request.ingewilligd': 'Verzoek ingewilligd',
    'request.deels ingewilligd': 'Verzoek deels ingewilligd',
    'request.afgewezen': 'Verzoek afgewezen',
    'request.onbekend': 'Wat er met het verzoek gebeurde, is niet bekend',
    'body.college': 'College van burgemeester en wethouders',
    'body.raad': 'Gemeenteraad',
    'body.raadscommissie': 'Raadscommissie',
    'body.burgemeester': 'Burgemeester',
    'source.primary': 'eigen document van de overheid',
    'source.secondary': 'andere bron (nieuws, partij of adviseur)',
    'nodata': 'Nog geen gegevens',
  },
} as const;

export type Lang = keyof typeof ui;
export type UiKey = keyof (typeof ui)['nl'];
export const defaultLang: Lang = 'nl';

/** Returns the translator for a language, falling back to Dutch. */
export function useTranslations(lang: Lang = defaultLang) {
  return (key: UiKey): string => ui[lang][key] ?? ui[defaultLang][key];
}
