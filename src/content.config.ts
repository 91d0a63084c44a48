import { defineCollection } from 'astro:content';
import { csvTableLoader } from './astro/csv-loader';
import { narrativeLoader } from './astro/narrative-loader';
import { NARRATIVE_KINDS } from './data/narratives/narrative-kinds';

// CSV tables are validated by their own zod schemas in the loader (with line numbers), so the
// collections carry no second schema. MDX holds narrative only, keyed by a CSV id; its loader
// checks every narrative first (src/data/narratives/), and its schema is the same one.
export const collections = {
  gemeenten: defineCollection({ loader: csvTableLoader('gemeenten') }),
  inwoners: defineCollection({ loader: csvTableLoader('inwoners') }),
  bronnen: defineCollection({ loader: csvTableLoader('bronnen') }),
  rijksmiddelen: defineCollection({ loader: csvTableLoader('rijksmiddelen') }),
  toekenningen: defineCollection({ loader: csvTableLoader('toekenningen') }),
  bestedingen: defineCollection({ loader: csvTableLoader('bestedingen') }),
  verschuivingen: defineCollection({ loader: csvTableLoader('verschuivingen') }),
  besluiten: defineCollection({ loader: csvTableLoader('besluiten') }),
  resultaten: defineCollection({ loader: csvTableLoader('resultaten') }),
  vermeldingen: defineCollection({ loader: csvTableLoader('vermeldingen') }),
  onderzocht: defineCollection({ loader: csvTableLoader('onderzocht') }),
  gemeentenamen: defineCollection({ loader: csvTableLoader('gemeentenamen') }),
  verzoekwegen: defineCollection({ loader: csvTableLoader('verzoekwegen') }),
  besluitVerhalen: defineCollection({ loader: narrativeLoader('besluiten'), schema: NARRATIVE_KINDS.besluiten.schema }),
  gemeenteVerhalen: defineCollection({ loader: narrativeLoader('gemeenten'), schema: NARRATIVE_KINDS.gemeenten.schema }),
};
