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

/**
 * The rows a narrative belongs to. A gemeente's: every fact row with its CBS code, and the sources
 * they cite. A decision's: its own row, the rows that name it (besluit), the rows taken from the
 * same document (bron), and that document.
 */
export function rowsOfNarrative(index: RowIndex, kind: 'besluiten' | 'gemeenten', key: string): { table: TableName; row: AnyRow }[] {
  const rows = new Set<{ table: TableName; row: AnyRow }>();
  if (kind === 'gemeenten') {
    for (const entry of index.byCode.get(key) ?? []) rows.add(entry);
  } else {
    const besluit = index.besluiten.get(key);
    if (!besluit) return [];
    rows.add({ table: 'besluiten', row: besluit });
    for (const entry of [...(index.byBesluit.get(key) ?? []), ...(index.byBron.get(String(besluit.bron)) ?? [])]) rows.add(entry);
  }
  const sources = new Set([...rows].map(({ row }) => row.bron).filter((bron): bron is string => typeof bron === 'string'));
  const cited = [...sources].flatMap((id) => (index.bronnen.has(id) ? [{ table: 'bronnen' as const, row: index.bronnen.get(id)! }] : []));
  return [...rows, ...cited];
}

/** Adds one figure written in a text cell (or a date cell) to the set. */
function addFigure(figures: DataFigures, figure: Figure) {
  if (figure.kind === 'amount') for (const value of figure.amount.values) figures.amounts.add(value);
  if (figure.kind === 'date') figures.dates.add(figure.iso);
  if (figure.kind === 'date' || figure.kind === 'month') figures.months.add(figure.iso.slice(0, 7));
  if (figure.kind === 'year') figures.years.add(figure.year);
  else if (figure.kind !== 'amount') figures.years.add(Number(figure.iso.slice(0, 4)));
}

/** Every amount, date, month and year the rows hold: typed cells, and the words of text cells. */
export function figuresOfRows(rows: { table: TableName; row: AnyRow }[]): DataFigures {
  const figures: DataFigures = { amounts: new Set(), dates: new Set(), months: new Set(), years: new Set() };
  for (const { table, row } of rows) {
    const shape = TABLES[table].schema.shape as Record<string, z.ZodType>;
    for (const [column, value] of Object.entries(row)) {
      if (value === null || value === undefined || !shape[column]) continue;
      const meta = fieldMeta(shape[column]);
      if (typeof value === 'number') {
        if (meta.type === 'year') figures.years.add(value);
        else if (meta.type === 'integer') figures.amounts.add(value);
      } else if (typeof value === 'string' && (meta.type === 'date' || (meta.type === 'string' && !meta.enum && !meta.references && !meta.unique && meta.format !== 'uri'))) {
        for (const figure of figuresIn(value)) addFigure(figures, figure);
      }
    }
  }
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
