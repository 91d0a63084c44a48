/*
 * The two request texts of a gemeente, in plain Dutch, filled in from its request context: a
 * Woo-verzoek for residents and journalists, and written questions for a council member. Each
 * says what the site already knows (with sources) and asks for exactly what is missing. Plain
 * text, so the same words are in the page, the download and the print. Nothing is made up: what
 * the site does not know (the requester's name, the address) stays a [placeholder].
 */
import type { RequestContext } from './request-context';
import type { MissingFact, MissingKind } from './missing-facts';
import { yearsText } from './missing-facts';

/** The request text of one kind, with the file name it downloads as. */
export interface RequestText {
  kind: 'woo-verzoek' | 'schriftelijke-vragen';
  title: string;
  file: string;
  text: string;
}

const POK =
  'de POK-middelen: het geld dat gemeenten van het Rijk krijgen om de dienstverlening aan inwoners te verbeteren, na het rapport "Ongekend onrecht" van de Parlementaire ondervragingscommissie Kinderopvangtoeslag (POK)';

/** "Amstelveen" or "Weesp (nu onderdeel van Amsterdam)". */
const whose = (ctx: RequestContext) =>
  ctx.addressee.cbs_code === ctx.gemeente.cbs_code
    ? ctx.gemeente.naam
    : `${ctx.gemeente.naam} (nu onderdeel van ${ctx.addressee.naam})`;

/** What is already public, one line per fact with its source; said plainly when nothing is. */
function knownLines(ctx: RequestContext): string[] {
  if (ctx.known.length === 0)
    return [`Ik heb geen openbare stukken van de gemeente ${ctx.gemeente.naam} over dit geld gevonden.`];
  return [
    `Dit is al openbaar over ${ctx.gemeente.naam} (die stukken hoeft u niet opnieuw te sturen):`,
    ...ctx.known.map((fact) => `- ${fact.text}. Bron: ${fact.source.text}`),
  ];
}

const over = (fact: MissingFact) => (fact.years ? ` over ${yearsText(fact.years)}` : '');

/** What a Woo-verzoek asks for, per missing kind: the documents that show it. */
const WOO_ASKS: Record<MissingKind, (fact: MissingFact) => string> = {
  toekenning: (f) => `hoeveel geld de gemeente van het Rijk kreeg voor dit doel${over(f)} (toekenning per jaar)`,
  plan: () => 'het bestedingsplan voor dit geld, en het besluit daarover',
  begroting: (f) => `hoeveel geld de gemeente voor dit doel begrootte${over(f)} (begroting per jaar)`,
  besteding: (f) => `hoeveel geld de gemeente${over(f)} werkelijk uitgaf, en waaraan (werkelijke besteding per jaar)`,
  besluiten: () => 'de besluiten van het college en de gemeenteraad over dit geld',
  resultaten: () =>
    'de resultaten van de inzet van dit geld die de gemeente heeft gemeld, bijvoorbeeld in een jaarverslag of een brief aan de raad',
};

/** The questions a council member asks, per missing kind. */
const QUESTIONS: Record<MissingKind, (fact: MissingFact) => string> = {
  toekenning: (f) => `Hoeveel POK-middelen heeft de gemeente van het Rijk ontvangen${over(f)}, per jaar (toekenning)?`,
  plan: () =>
    'Is er een bestedingsplan voor de POK-middelen? Zo ja, wanneer is het vastgesteld en wilt u het aan de raad sturen? Zo nee, waarom niet?',
  begroting: (f) => `Hoeveel geld heeft de gemeente per jaar begroot voor de doelen van de POK-middelen${over(f)}?`,
  besteding: (f) => `Hoeveel van dit geld is werkelijk uitgegeven${over(f)}, per jaar, en waaraan?`,
  besluiten: () => 'Welke besluiten hebben het college en de raad over de POK-middelen genomen, en wanneer?',
  resultaten: () =>
    'Welke resultaten heeft de inzet van de POK-middelen opgeleverd, en hoe is de raad daarover geïnformeerd?',
};

/** When nothing is missing there is still something to ask: whether anything changed since. */
const NOTHING_MISSING = 'zijn er stukken over dit geld bijgekomen na de stukken hierboven?';

/** The Woo-verzoek: to the college of the gemeente that holds the documents now. */
export function wooRequestText(ctx: RequestContext): RequestText {
  const asks =
    ctx.missing.length > 0
      ? ctx.missing.map((fact, i) => `${i + 1}. ${WOO_ASKS[fact.kind](fact)};`)
      : [`1. ${NOTHING_MISSING}`];
  const text = [
    `Aan: het college van burgemeester en wethouders van de gemeente ${ctx.addressee.naam}`,
    ctx.routes['woo-verzoek']
      ? `Adres: [zie ${ctx.routes['woo-verzoek'].source.href ?? ctx.routes['woo-verzoek'].source.text}]`
      : 'Adres: [het adres van de gemeente]',
    '',
    `Onderwerp: Woo-verzoek over de POK-middelen van ${whose(ctx)}`,
    '',
    '[plaats], [datum]',
    '',
    'Geacht college,',
    '',
    `Met een beroep op de Wet open overheid (Woo) vraag ik u om openbaarmaking van de documenten over ${POK}. Het gaat om de gemeente ${whose(ctx)} en de jaren ${yearsText(ctx.years)}.`,
    '',
    ...knownLines(ctx),
    '',
    'Ik vraag u om de documenten waaruit blijkt:',
    ...asks,
    '',
    'Documenten zijn bijvoorbeeld brieven aan de raad, jaarrekeningen, bestuursrapportages en verslagen. Ik ontvang de documenten het liefst digitaal.',
    '',
    'Met vriendelijke groet,',
    '',
    '[uw naam]',
    '[uw adres]',
    '[uw e-mailadres of telefoonnummer]',
  ].join('\n');
  return {
    kind: 'woo-verzoek',
    title: `Woo-verzoek over de POK-middelen van ${ctx.gemeente.naam}`,
    file: `woo-verzoek-pok-${ctx.gemeente.slug}.txt`,
    text,
  };
}

/** The written questions: a council member of the gemeente that holds the documents now asks its college. */
export function councilQuestionsText(ctx: RequestContext): RequestText {
  const questions =
    ctx.missing.length > 0
      ? ctx.missing.map((fact) => QUESTIONS[fact.kind](fact))
      : [`Sinds de stukken hierboven: ${NOTHING_MISSING}`];
  const text = [
    `Schriftelijke vragen aan het college van burgemeester en wethouders van ${ctx.addressee.naam}`,
    '',
    `Onderwerp: de POK-middelen van ${whose(ctx)}`,
    'Van: [naam raadslid], [fractie]',
    'Datum: [datum]',
    '',
    'Inleiding',
    `Na het rapport "Ongekend onrecht" kregen gemeenten ${POK.replace(/^de POK-middelen: /, '')}. Het geld is er in elk geval voor ${yearsText(ctx.years)}.`,
    ...knownLines(ctx).map((line) =>
      line
        .replace('Ik heb geen', 'Er zijn geen bij mij bekende')
        .replace(' (die stukken hoeft u niet opnieuw te sturen)', '')
        .replace(' gevonden.', '.'),
    ),
    '',
    'Vragen',
    ...questions.map((question, i) => `${i + 1}. ${question}`),
    `${questions.length + 1}. Wilt u de stukken waarop uw antwoorden steunen openbaar maken?`,
  ].join('\n');
  return {
    kind: 'schriftelijke-vragen',
    title: `Schriftelijke vragen over de POK-middelen van ${ctx.gemeente.naam}`,
    file: `schriftelijke-vragen-pok-${ctx.gemeente.slug}.txt`,
    text,
  };
}
