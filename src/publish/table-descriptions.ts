import type { TableName } from '../data/schemas/tables';

/** What one row of each table is, in plain Dutch, for /data/ (the fields come from the schemas). */
export const ROW_IS: Record<TableName | 'alles', string> = {
  gemeenten: 'een gemeente van 2024, of een gemeente die is opgegaan in een andere',
  inwoners: 'het aantal inwoners van een gemeente op 1 januari van een jaar (CBS)',
  bronnen: 'een brondocument: waar elk getal vandaan komt',
  rijksmiddelen: 'landelijk geld: een totaal, of een geldstroom die deel is van een totaal',
  toekenningen: 'geld dat het Rijk aan één gemeente gaf',
  bestedingen: 'een eigen plan, begroting of besteding van een gemeente',
  verschuivingen: 'geld dat een gemeente van het ene naar een later jaar schoof',
  besluiten: 'een besluit of voorstel over de POK-middelen',
  resultaten: 'een resultaat dat een gemeente meldt',
  vermeldingen: 'een gemeente die in een bron genoemd wordt, zonder bedrag of besluit',
  onderzocht: 'een zoektocht naar stukken van een gemeente, ook als er niets was',
  gemeentenamen:
    "een andere naam waaronder een gemeente bekend is (Den Haag voor 's-Gravenhage), met de bron die die naam noemt",
  verzoekwegen:
    'een eigen pagina van een gemeente die zegt hoe u stukken opvraagt (Woo-verzoek) of hoe schriftelijke vragen van raadsleden gaan, met een letterlijk citaat',
  alles: 'een regel uit een van de feitentabellen, met de naam van de tabel en de gemeente',
};
