import type { z } from 'zod';
import { fieldMeta } from '../schemas/fields';
import { TABLES, TABLE_NAMES } from '../schemas/tables';
import type { TableName } from '../schemas/tables';
import type { Dataset } from '../load-dataset';
import { figuresIn } from './figures-in-text';
import type { Figure } from './figures-in-text';
import { matchAmount } from '../validate/dutch-amounts';

/** The figures a set of data rows holds, in their cells and in the words of their text cells. */
export interface DataFigures {
  amounts: Set<number>;
  dates: Set<string>;
  months: Set<string>;
  years: Set<number>;
}

type AnyRow = Record<string, unknown>;

/** Where the rows of a narrative are found, indexed once per build. */
export interface RowIndex {
  byCode: Map<string, { table: TableName; row: AnyRow }[]>;
  byBron: Map<string, { table: TableName; row: AnyRow }[]>;
  byBesluit: Map<string, { table: TableName; row: AnyRow }[]>;
  bronnen: Map<string, AnyRow>;
  besluiten: Map<string, AnyRow>;
  /** Whether a table holds a row with this value in a column (built on first use). */
  holds: (table: TableName, column: string, value: string) => boolean;
}

// Not inwoners.csv: it holds the same years for every gemeente, so any year would "appear".
const FACT_TABLES = TABLE_NAMES.filter((table) => table !== 'inwoners');

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

export function indexRows(dataset: Dataset): RowIndex {
  const sets = new Map<string, Set<unknown>>();
  const holds = (table: TableName, column: string, value: string) => {
    const key = `${table}.${column}`;
    if (!sets.has(key)) sets.set(key, new Set((dataset[table] as unknown as AnyRow[]).map((row) => row[column])));
    return sets.get(key)!.has(value);
  };
  const index: RowIndex = { byCode: new Map(), byBron: new Map(), byBesluit: new Map(), bronnen: new Map(), besluiten: new Map(), holds };
  for (const table of FACT_TABLES) {
    for (const row of dataset[table] as unknown as AnyRow[]) {
      if (typeof row.cbs_code === 'string') push(index.byCode, row.cbs_code, { table, row });
      if (table !== 'gemeenten' && typeof row.bron === 'string') push(index.byBron, row.bron, { table, row });
      if (typeof row.besluit === 'string') push(index.byBesluit, row.besluit, { table, row });
    }
  }
  for (const row of dataset.bronnen as unknown as AnyRow[]) index.bronnen.set(String(row.id), row);
  for (const row of dataset.besluiten as unknown as AnyRow[]) index.besluiten.set(String(row.id), row);
  return index;
}

/** Rows that belong together (a gemeente's, a document's); their figures are read once per group. */
export type RowGroup = readonly { table: TableName; row: AnyRow }[];

/**
 * The rows a narrative belongs to, in groups. A gemeente's: every fact row with its CBS code, and
 * the sources they cite. A decision's: its own row, the rows that name it (besluit), the rows
 * taken from the same document (bron), and that document.
 */
export function rowGroupsOfNarrative(index: RowIndex, kind: 'besluiten' | 'gemeenten', key: string): RowGroup[] {
  const groups: RowGroup[] = [];
  if (kind === 'gemeenten') {
    groups.push(index.byCode.get(key) ?? []);
  } else {
    const besluit = index.besluiten.get(key);
    if (!besluit) return [];
    groups.push([{ table: 'besluiten', row: besluit }], index.byBesluit.get(key) ?? [], index.byBron.get(String(besluit.bron)) ?? []);
  }
  const sources = new Set(groups.flatMap((group) => group.map(({ row }) => row.bron)).filter((bron): bron is string => typeof bron === 'string'));
  groups.push([...sources].flatMap((id) => (index.bronnen.has(id) ? [{ table: 'bronnen' as const, row: index.bronnen.get(id)! }] : [])));
  return groups;
}

const emptyFigures = (): DataFigures => ({ amounts: new Set(), dates: new Set(), months: new Set(), years: new Set() });

/** Adds one figure written in a text cell (or a date cell) to the set. */
function addFigure(figures: DataFigures, figure: Figure) {
  if (figure.kind === 'amount') for (const value of figure.amount.values) figures.amounts.add(value);
  if (figure.kind === 'date') figures.dates.add(figure.iso);
  if (figure.kind === 'date' || figure.kind === 'month') figures.months.add(figure.iso.slice(0, 7));
  if (figure.kind === 'year') figures.years.add(figure.year);
  else if (figure.kind !== 'amount') figures.years.add(Number(figure.iso.slice(0, 4)));
}

/** How each column of a table can hold a figure: as a year, an amount, a date, or in its words. */
type ColumnKind = 'year' | 'amount' | 'date' | 'words';
const kindsByTable = new Map<TableName, Map<string, ColumnKind>>();

function columnKinds(table: TableName): Map<string, ColumnKind> {
  let kinds = kindsByTable.get(table);
  if (kinds) return kinds;
  kinds = new Map();
  for (const [column, field] of Object.entries(TABLES[table].schema.shape as Record<string, z.ZodType>)) {
    const meta = fieldMeta(field);
    if (meta.type === 'year') kinds.set(column, 'year');
    else if (meta.type === 'integer') kinds.set(column, 'amount');
    else if (meta.type === 'date' || meta.partialDate) kinds.set(column, 'date');
    // Free text; not ids, references, choices or web addresses.
    else if (meta.type === 'string' && !meta.enum && !meta.references && !meta.unique && meta.format !== 'uri') kinds.set(column, 'words');
  }
  kindsByTable.set(table, kinds);
  return kinds;
}

/**
 * Which cells to read: `cells`, the typed ones (amounts, years, dates: cheap), or `words`, the
 * figures written in text cells (a quote's "28 mei 2024"), read only for a figure the cells lack.
 */
export type Tier = 'cells' | 'words';

/** Adds the figures of one row, of one tier, to a set. */
function addFiguresOfRow(figures: DataFigures, table: TableName, row: AnyRow, tier: Tier) {
  for (const [column, kind] of columnKinds(table)) {
    const value = row[column];
    if (value === null || value === undefined || (tier === 'words' ? kind !== 'words' : kind === 'words')) continue;
    if (kind === 'year' && typeof value === 'number') figures.years.add(value);
    else if (kind === 'amount' && typeof value === 'number') figures.amounts.add(value);
    else if (typeof value === 'string') for (const figure of figuresIn(value)) addFigure(figures, figure);
  }
}

const figuresByGroup: Record<Tier, WeakMap<RowGroup, DataFigures>> = { cells: new WeakMap(), words: new WeakMap() };

/** Every amount, date, month and year a group of rows holds, of one tier; read once per group. */
export function figuresOfGroup(group: RowGroup, tier: Tier): DataFigures {
  const cached = figuresByGroup[tier].get(group);
  if (cached) return cached;
  const figures = emptyFigures();
  for (const { table, row } of group) addFiguresOfRow(figures, table, row, tier);
  figuresByGroup[tier].set(group, figures);
  return figures;
}

/** Whether the data holds a figure a narrative states: the same date, month or year, or an amount in any notation (rounded as written). */
export function dataHolds(figures: DataFigures, figure: Figure): boolean {
  if (figure.kind === 'date') return figures.dates.has(figure.iso);
  if (figure.kind === 'month') return figures.months.has(figure.iso);
  if (figure.kind === 'year') return figures.years.has(figure.year);
  for (const amount of figures.amounts) if (matchAmount(amount, figure.amount)) return true;
  return false;
}
