import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { csvTableLoader } from './astro/csv-loader';

// CSV tables are validated by their own zod schemas in the loader (with line numbers), so the
// collections carry no second schema. MDX holds narrative only, keyed by a CSV id.
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
  besluitVerhalen: defineCollection({
    loader: glob({ base: './content/besluiten', pattern: '**/*.mdx' }),
    schema: z.object({ besluit: z.string(), titel: z.string() }),
  }),
  gemeenteVerhalen: defineCollection({
    loader: glob({ base: './content/gemeenten', pattern: '**/*.mdx' }),
    schema: z.object({ cbs_code: z.string(), titel: z.string() }),
  }),
};
