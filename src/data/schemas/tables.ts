import type { z } from 'zod';
import { gemeenteSchema } from './gemeenten';
import { inwonersSchema } from './inwoners';
import { bronSchema } from './bronnen';
import { rijksmiddelSchema } from './rijksmiddelen';
import { toekenningSchema } from './toekenningen';
import { bestedingSchema } from './bestedingen';
import { verschuivingSchema } from './verschuivingen';
import { besluitSchema } from './besluiten';
import { resultaatSchema } from './resultaten';
import { vermeldingSchema } from './vermeldingen';
import { onderzochtSchema } from './onderzocht';
import { gemeentenaamSchema } from './gemeentenamen';

/** Every table of data/: its file, its schema, and the columns that identify a row. */
export const TABLES = {
  gemeenten: { file: 'gemeenten.csv', schema: gemeenteSchema, key: ['cbs_code'], title: 'Gemeenten' },
  inwoners: { file: 'inwoners.csv', schema: inwonersSchema, key: ['cbs_code', 'jaar'], title: 'Inwoners' },
  bronnen: { file: 'bronnen.csv', schema: bronSchema, key: ['id'], title: 'Bronnen' },
  rijksmiddelen: { file: 'rijksmiddelen.csv', schema: rijksmiddelSchema, key: ['id'], title: 'Rijksmiddelen' },
  toekenningen: { file: 'toekenningen.csv', schema: toekenningSchema, key: ['id'], title: 'Toekenningen' },
  bestedingen: { file: 'bestedingen.csv', schema: bestedingSchema, key: ['id'], title: 'Bestedingen' },
  verschuivingen: { file: 'verschuivingen.csv', schema: verschuivingSchema, key: ['id'], title: 'Verschuivingen' },
  besluiten: { file: 'besluiten.csv', schema: besluitSchema, key: ['id'], title: 'Besluiten' },
  resultaten: { file: 'resultaten.csv', schema: resultaatSchema, key: ['id'], title: 'Resultaten' },
  vermeldingen: { file: 'vermeldingen.csv', schema: vermeldingSchema, key: ['id'], title: 'Vermeldingen' },
  onderzocht: { file: 'onderzocht.csv', schema: onderzochtSchema, key: ['cbs_code', 'bron'], title: 'Onderzocht' },
  gemeentenamen: { file: 'gemeentenamen.csv', schema: gemeentenaamSchema, key: ['naam'], title: 'Andere namen van gemeenten' },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The parsed row type of a table. */
export type RowOf<T extends TableName> = z.output<(typeof TABLES)[T]['schema']>;

/** A table's columns, in the order of its schema (the order of a published file). */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].schema.shape);
}
