import type { TableName } from '../schemas/tables';

/**
 * The components a narrative may use: links to a page of the site for a row of the data, written
 * `<Bron id="…">the words to link</Bron>`. Nothing else that looks like a tag is allowed (no HTML,
 * no other component). The id must exist in the table; the pages render these names with the
 * components in src/components/narrative/ (a test keeps the two lists the same).
 */
export const NARRATIVE_COMPONENTS = {
  Bron: { attribute: 'id', table: 'bronnen', column: 'id', page: (id: string) => `/bronnen/${id}/` },
  Besluit: { attribute: 'id', table: 'besluiten', column: 'id', page: (id: string) => `/besluiten/${id}/` },
} as const satisfies Record<string, { attribute: string; table: TableName; column: string; page: (id: string) => string }>;

export type NarrativeComponentName = keyof typeof NARRATIVE_COMPONENTS;
export const NARRATIVE_COMPONENT_NAMES = Object.keys(NARRATIVE_COMPONENTS) as NarrativeComponentName[];

export const isNarrativeComponent = (name: string): name is NarrativeComponentName => Object.hasOwn(NARRATIVE_COMPONENTS, name);
