import { z } from 'zod';
import { LENGTH, cbsCode, ref, text } from '../schemas/fields';
import type { TableName } from '../schemas/tables';

/** The words a narrative's title is checked with: the text-cell rules of data/ (hidden and bidi characters, formulas, HTML, length). */
const titel = () => text('De titel van de pagina: staat in de paginatitel, de kop en bij delen.', LENGTH.line);

/**
 * The two kinds of narrative in content/: a plain-language story about a decision or about a
 * gemeente, keyed by the id of its CSV row. The front matter holds exactly these fields (no
 * `layout`, which would import a module, and no `slug`, which would change the entry's id), and
 * each field goes through the same cell rules as a CSV cell.
 */
export const NARRATIVE_KINDS = {
  besluiten: {
    folder: 'besluiten',
    keyField: 'besluit',
    table: 'besluiten',
    keyColumn: 'id',
    what: 'decision',
    schema: z.strictObject({ besluit: ref('Het besluit waarover deze tekst gaat (id in besluiten.csv).', 'besluiten'), titel: titel() }),
  },
  gemeenten: {
    folder: 'gemeenten',
    keyField: 'cbs_code',
    table: 'gemeenten',
    keyColumn: 'cbs_code',
    what: 'gemeente',
    schema: z.strictObject({ cbs_code: cbsCode('De gemeente waarover deze tekst gaat (CBS-code in gemeenten.csv).'), titel: titel() }),
  },
} as const satisfies Record<string, { folder: string; keyField: string; table: TableName; keyColumn: string; what: string; schema: z.ZodObject }>;

export type NarrativeKind = keyof typeof NARRATIVE_KINDS;
export const NARRATIVE_KIND_NAMES = Object.keys(NARRATIVE_KINDS) as NarrativeKind[];

/** A narrative file as read from disk: its kind, its path from the project root, its bytes. */
export interface NarrativeFile {
  kind: NarrativeKind;
  /** e.g. `content/besluiten/diemen-2022-12-20-bestedingsplan.mdx` */
  path: string;
  bytes: Uint8Array;
}
