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
import { verzoekwegSchema } from './verzoekwegen';
import { withPeriodRule } from './row-rules';

/**
 * Every table of data/: its file, its schema, and the columns that identify a row. Every schema
 * gets the one period rule (row-rules.ts); it checks the tables that have a period.
 */
export const TABLES = {
  gemeenten: { file: 'gemeenten.csv', schema: withPeriodRule(gemeenteSchema), key: ['cbs_code'], title: 'Gemeenten' },
  inwoners: { file: 'inwoners.csv', schema: withPeriodRule(inwonersSchema), key: ['cbs_code', 'jaar'], title: 'Inwoners' },
  bronnen: { file: 'bronnen.csv', schema: withPeriodRule(bronSchema), key: ['id'], title: 'Bronnen' },
  rijksmiddelen: { file: 'rijksmiddelen.csv', schema: withPeriodRule(rijksmiddelSchema), key: ['id'], title: 'Rijksmiddelen' },
  toekenningen: { file: 'toekenningen.csv', schema: withPeriodRule(toekenningSchema), key: ['id'], title: 'Toekenningen' },
  bestedingen: { file: 'bestedingen.csv', schema: withPeriodRule(bestedingSchema), key: ['id'], title: 'Bestedingen' },
  verschuivingen: { file: 'verschuivingen.csv', schema: withPeriodRule(verschuivingSchema), key: ['id'], title: 'Verschuivingen' },
  besluiten: { file: 'besluiten.csv', schema: withPeriodRule(besluitSchema), key: ['id'], title: 'Besluiten' },
  resultaten: { file: 'resultaten.csv', schema: withPeriodRule(resultaatSchema), key: ['id'], title: 'Resultaten' },
  vermeldingen: { file: 'vermeldingen.csv', schema: withPeriodRule(vermeldingSchema), key: ['id'], title: 'Vermeldingen' },
  onderzocht: { file: 'onderzocht.csv', schema: withPeriodRule(onderzochtSchema), key: ['cbs_code', 'bron', 'resultaat'], title: 'Onderzocht' },
  gemeentenamen: { file: 'gemeentenamen.csv', schema: withPeriodRule(gemeentenaamSchema), key: ['naam'], title: 'Andere namen van gemeenten' },
  verzoekwegen: { file: 'verzoekwegen.csv', schema: withPeriodRule(verzoekwegSchema), key: ['cbs_code', 'soort'], title: 'Verzoekwegen' },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The parsed row type of a table. */
export type RowOf<T extends TableName> = z.output<(typeof TABLES)[T]['schema']>;

/** A table's columns, in the order of its schema (the order of a published file). */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].schema.shape);
}
