import { defineCollection } from 'astro:content';
import { dataLoader } from './astro/data-loader';
import { narrativeLoader } from './astro/narrative-loader';
import { NARRATIVE_KINDS } from './data/narratives/narrative-kinds';

// The CSV tables are validated by their own zod schemas in the loader (with line numbers); the
// collection holds only the key of the checked dataset (src/astro/data-loader.ts). MDX holds
// narrative only, keyed by a CSV id; its loader checks every narrative first
// (src/data/narratives/), and its schema is the same one.
export const collections = {
  dataset: defineCollection({ loader: dataLoader() }),
  besluitVerhalen: defineCollection({ loader: narrativeLoader('besluiten'), schema: NARRATIVE_KINDS.besluiten.schema }),
  gemeenteVerhalen: defineCollection({
    loader: narrativeLoader('gemeenten'),
    schema: NARRATIVE_KINDS.gemeenten.schema,
  }),
};
