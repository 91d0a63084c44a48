/** The shape of a glossary entry and the sections of /begrippen/ (src/glossary/terms.ts holds the entries). */
export interface GlossarySource {
  title: string;
  publisher: string;
  url: string;
}

export interface GlossaryTerm {
  /** Anchor on /begrippen/ (#id). */
  id: string;
  term: string;
  section: SectionId;
  definition: string;
  source?: GlossarySource;
  /** Where this site says more, a path with anchor. */
  more?: string;
  /** Why no page links to this term yet; the build accepts an unlinked term only with a reason. */
  unused?: string;
}

export const SECTIONS = [
  { id: 'geld', title: 'Het geld' },
  { id: 'bestuur', title: 'Wie beslist, en hoe u stukken krijgt' },
  { id: 'stukken', title: 'Stukken over het geld van de gemeente' },
  { id: 'doelen', title: 'De vier doelen' },
  { id: 'fasen', title: 'Hoe ver een bedrag is: de fasen' },
  { id: 'precisie', title: 'Hoe precies een bedrag is' },
  { id: 'dekking', title: 'Wat wij per gemeente weten' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];
