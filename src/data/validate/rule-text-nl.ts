/**
 * What each validation rule asks, in plain Dutch, for people who enter data on /meedoen/. The
 * rules themselves live in the schemas and checks (the build reports them in English with the
 * same names); this is only their explanation. A rule without a text here is shown with the
 * build's own message, so a new rule is never hidden.
 */
export const RULE_TEXT_NL: Record<string, string> = {
  required: 'Dit veld is verplicht.',
  whitespace: 'Haal de spaties of tabs aan het begin of eind weg.',
  formula: 'Begin niet met =, +, - of @: een spreadsheet leest dat als formule. Zet er een woord voor of schrijf het anders.',
  'line-break': 'Houd de tekst op één regel: haal de regeleinden weg.',
  'plain-text': 'Schrijf gewone tekst, zonder HTML-codes of onzichtbare tekens.',
  'whole-euros': "Schrijf een bedrag in hele euro's, alleen cijfers: geen punten, komma's of euroteken (bijvoorbeeld 2932000).",
  'negative-amount': 'Een bedrag is nooit negatief. Geld dat naar een later jaar gaat, is een verschuiving.',
  'whole-number': 'Schrijf een heel getal, alleen cijfers.',
  year: 'Schrijf een jaartal met vier cijfers, bijvoorbeeld 2024.',
  'year-range': 'Het jaar moet binnen de jaren van de POK-middelen liggen.',
  'year-order': 'Het laatste jaar ligt vóór het eerste jaar.',
  date: 'Schrijf een echte datum als JJJJ-MM-DD (bijvoorbeeld 2024-05-28); als alleen maand of jaar bekend is: JJJJ-MM of JJJJ.',
  'date-order': 'De datums staan in de verkeerde volgorde.',
  url: 'Dit is geen volledig webadres. Kopieer het adres uit de adresbalk van de browser.',
  'url-scheme': 'Het webadres moet met https:// beginnen.',
  'id-format': 'Gebruik alleen kleine letters, cijfers en losse streepjes (bijvoorbeeld diemen-2023-klachtfunctionaris).',
  'cbs-code': 'Kies een gemeente uit de lijst.',
  enum: 'Kies een van de waarden uit de lijst.',
  'source-location': 'Vul het webadres van het document in, of waar het in te zien is (vindplaats).',
  'citaat-required': 'Bij een bedrag hoort een letterlijk citaat uit de bron.',
  'per-required': 'Zeg of het bedrag per jaar geldt of een totaal is.',
  'precision-required': 'Zeg of het bedrag exact is, minimaal ("ruim") of afgerond ("zo\'n").',
  'amount-missing': 'Dit veld hoort bij een bedrag; laat het leeg als er geen bedrag is.',
  'amount-range': 'Het laagste bedrag is hoger dan het hoogste.',
  'aim-classified-by': 'Vul het doel en wie het doel noemt allebei in, of allebei niet.',
  unique: 'Deze naam (id) bestaat al. Kies een andere.',
  reference: 'Dit verwijst naar een regel die niet bestaat.',
  'same-gemeente': 'Dit verwijst naar een regel van een andere gemeente.',
  'replacement-loop': 'Deze regels vervangen elkaar in een kring; één ervan moet de nieuwste zijn.',
  'part-of': 'Een geldstroom kan alleen deel zijn van een totaal.',
  'besluit-id': 'De naam van een besluit begint met de gemeente en de datum: {gemeente}-{datum}-{onderwerp}.',
  successor: 'De gemeente waarin deze gemeente opging, klopt niet.',
  'control-character': 'Haal het onzichtbare stuurteken weg (bijvoorbeeld een tab midden in de tekst).',
  'invisible-character': 'Er staat een onzichtbaar teken in (bijvoorbeeld een teken dat de leesrichting omdraait). Typ de tekst opnieuw of plak hem als platte tekst.',
  'date-range': 'Deze datum kan niet kloppen: hij ligt te ver in het verleden of in de toekomst.',
  'url-credentials': 'Het webadres bevat een gebruikersnaam of wachtwoord. Gebruik het openbare adres van het document.',
  'url-host': 'De naam van de website in het adres bevat tekens die op andere letters lijken. Kopieer het adres uit de adresbalk van de browser.',
  'amount-in-quote': 'Het bedrag staat niet in het citaat. Neem de zin uit de bron over waarin dit bedrag staat.',
  'precision-in-quote': 'Het citaat zegt iets anders over hoe precies het bedrag is ("ruim", "zo\'n", "tot maximaal", "23 tot 25"). Kies de precisie die bij het citaat past.',
  'exception-unneeded': 'Het citaat noemt het bedrag al: een uitzondering is niet nodig.',
  // File rules: only a hand-edited CSV file can break these.
  encoding: 'Sla het bestand op als UTF-8.',
  bom: 'Sla het bestand op als UTF-8 zonder BOM.',
  delimiter: 'Scheid de kolommen met komma’s.',
  quotes: 'Een aanhalingsteken staat verkeerd.',
  'missing-cell': 'Deze regel heeft te weinig kolommen.',
  'extra-cell': 'Deze regel heeft te veel kolommen.',
  'blank-line': 'Haal de lege regel weg.',
  'unknown-column': 'Deze kolom bestaat niet in deze tabel.',
  'missing-column': 'Deze kolom ontbreekt.',
  'duplicate-column': 'Deze kolom staat er twee keer.',
  'blank-header': 'Een kolom heeft geen naam.',
  'empty-file': 'Het bestand is leeg.',
  'no-rows': 'Het bestand heeft geen regels onder de kopregel.',
  'missing-file': 'Het bestand ontbreekt.',
  'space-after-quote': 'Na een afsluitend aanhalingsteken staat een spatie; haal die weg.',
  'not-a-file': 'Op de plaats van dit bestand staat iets anders (bijvoorbeeld een map).',
  'unknown-file': 'Dit bestand hoort niet in data/; controleer de naam.',
  'unreadable-file': 'Het bestand kan niet gelezen worden.',
  'data-directory': 'data/ moet een map zijn.',
  'reference-unchecked': 'Verwijzingen naar een bestand dat niet gelezen kon worden, zijn niet gecontroleerd.',
};

/** The Dutch explanation of a rule, or the build's own message when the rule has none yet. */
export function ruleTextNl(rule: string, fallback: string): string {
  return RULE_TEXT_NL[rule] ?? fallback;
}
