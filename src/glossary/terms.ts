/**
 * Every term a reader meets on the site, with a short definition in plain Dutch (B1): the one
 * file /begrippen/ is made from and that Term links point into. Where a public page defines or
 * explains a term, `source` names it (read and checked; never an address from memory). The four
 * aims, the fases, the precision words and the coverage levels are this site's own words: their
 * labels come from src/i18n/ui.ts, and /methode/ explains them further.
 *
 * The build checks the links (src/integrations/glossary-check.ts): a link to /begrippen/#x needs
 * a term or section `x` here, and a term that no page links to needs `unused` with the reason.
 */
import { useTranslations } from '../i18n/ui';
import { AIMS, PHASES, PRECISION } from '../data/schemas/vocab';
import { COVERAGE_LEVELS } from '../model/coverage/coverage-level';
import type { GlossaryTerm } from './glossary-types';
import { DOCUMENTS, GOVERNMENT, MONEY } from './written-terms';

export { SECTIONS } from './glossary-types';
export type { GlossarySource, GlossaryTerm, SectionId } from './glossary-types';

const t = useTranslations('nl');

const AIM_TEXT: Record<(typeof AIMS)[number], string> = {
  capaciteit: 'Meer mensen of tijd om inwoners te helpen.',
  ondersteuning: 'Extra hulp voor mensen met problemen op meer gebieden tegelijk.',
  coordinatie: 'Organisaties die iemand helpen, werken beter samen.',
  leervermogen: 'De gemeente leert van wat goed en fout gaat, en past haar werk aan.',
};

const PHASE_TEXT: Record<(typeof PHASES)[number], string> = {
  gepland: 'De gemeente is van plan het geld hieraan te besteden. Het staat nog niet (of niet zo) in de begroting.',
  begroot: 'Het bedrag staat in de begroting: het is voor dit doel gereserveerd.',
  besteed: 'Het geld is uitgegeven. Dat staat in een stuk achteraf, zoals een jaarrekening.',
  onderbesteed: 'Er is minder uitgegeven dan begroot. Het bedrag is het deel dat niet is uitgegeven.',
  vrijgevallen:
    'Geld dat voor dit doel klaarstond, maar niet meer nodig is en terugging naar het algemene geld van de gemeente.',
};

const PRECISION_TEXT: Record<(typeof PRECISION)[number], [term: string, text: string]> = {
  exact: ['Exact', 'Het bedrag staat precies zo in de bron.'],
  minimaal: ['Ruim (minimaal)', 'De bron zegt "ruim" of "meer dan": het echte bedrag is hoger dan het getal.'],
  maximaal: ['Tot maximaal', 'De bron noemt een bovengrens: het echte bedrag is dat getal of minder.'],
  afgerond: ['Ongeveer (afgerond)', 'De bron rondt af, bijvoorbeeld met "zo’n", "circa" of "2,9 miljoen".'],
  bandbreedte: ['Van … tot …', 'De bron noemt een bedrag tussen twee getallen, bijvoorbeeld "23 tot 25 miljoen".'],
};

const SITE_WORDS: GlossaryTerm[] = [
  ...AIMS.map((aim) => ({
    id: `doel-${aim}`,
    term: t(`aim.${aim}`),
    section: 'doelen' as const,
    definition: AIM_TEXT[aim],
    more: '/methode/#doelen',
  })),
  ...PHASES.map((phase) => ({
    id: `fase-${phase}`,
    term: t(`phase.${phase}`),
    section: 'fasen' as const,
    definition: PHASE_TEXT[phase],
    more: '/methode/#getallen',
  })),
  ...PRECISION.map((p) => ({
    id: `precisie-${p}`,
    term: PRECISION_TEXT[p][0],
    section: 'precisie' as const,
    definition: PRECISION_TEXT[p][1],
    more: '/methode/#controle',
  })),
  ...COVERAGE_LEVELS.map((level) => ({
    id: `dekking-${level}`,
    term: t(`coverage.${level}`),
    section: 'dekking' as const,
    definition: t(`coverage.${level}.uitleg`),
    more: '/methode/#dekking',
  })),
];

export const TERMS: readonly GlossaryTerm[] = [...MONEY, ...GOVERNMENT, ...DOCUMENTS, ...SITE_WORDS];

/** The page of the glossary and the link to one term (or section) on it. */
export const GLOSSARY_PATH = '/begrippen/';
export const termHref = (id: string) => `${GLOSSARY_PATH}#${id}`;

/** A term by its anchor; throws for one that is not defined, so a mistyped link stops the build. */
export function glossaryTerm(id: string): GlossaryTerm {
  const term = TERMS.find((entry) => entry.id === id);
  if (!term)
    throw new Error(`No term "${id}" in src/glossary/terms.ts: add its definition there, or link an existing term.`);
  return term;
}
