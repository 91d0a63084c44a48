import { writeCsv } from '../format/csv';
import { columnsOf } from '../data/schemas/tables';
import type { TableName } from '../data/schemas/tables';

/** The kinds of fact someone can add on /meedoen/, each a table of data/ (onderzocht: a search, or a request for documents). */
export const FACT_TABLES = ['toekenningen', 'bestedingen', 'besluiten', 'resultaten', 'onderzocht'] as const;
export type FactTable = (typeof FACT_TABLES)[number];

/** Columns the page fills in itself: the row's gemeente and source come from the top of the form. */
export const FILLED_BY_PAGE = ['cbs_code', 'bron'] as const;

/** What someone entered: one source, the gemeente it is about, and the facts from it, as raw cells. */
export interface Contribution {
  cbsCode: string;
  bron: Record<string, string>;
  facts: { table: FactTable; cells: Record<string, string> }[];
}

/** What the checker needs to know of data/: the gemeenten, and the ids already taken. */
export interface KnownRows {
  gemeenten: { cbs_code: string; slug: string; naam: string }[];
  rows: Partial<Record<TableName, { id: string; cbs_code?: string }[]>>;
}

/** One row for data/: its table and a cell for every column of that table. */
export interface ContributedRow {
  table: TableName;
  cells: Record<string, string>;
}

const STOP_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'voor',
  'in',
  'op',
  'te',
  'met',
  'aan',
  'om',
  'naar',
  'bij',
  'door',
  'of',
]);

/** A few words of a text as an id part: lowercase, no accents, hyphens. */
export function idWords(text: string, max = 4): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .slice(0, max)
    .join('-');
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('-');

/** A readable id for a row whose id was left empty, in the style of the ids in data/. */
export function suggestId(table: TableName, cells: Record<string, string>, slug: string): string {
  switch (table) {
    case 'bronnen':
      return join(slug || idWords(cells.uitgever ?? '', 2), idWords(cells.soort ?? '', 1), cells.datum);
    case 'besluiten':
      // The build asks for {slug}-{datum}-{onderwerp} (rule besluit-id).
      return join(slug, cells.datum, cells.onderwerp || idWords(cells.strekking ?? '', 3));
    case 'resultaten':
      return join(slug, cells.jaar, idWords(cells.omschrijving ?? ''));
    case 'toekenningen':
      return join(slug, idWords(cells.route ?? '', 3), cells.jaar_van);
    default:
      return join(slug, cells.jaar_van, idWords(cells.maatregel ?? ''));
  }
}

/**
 * The rows for data/ that a contribution makes, source first: every column of the table, the
 * gemeente and source filled in, an empty id replaced by a suggestion that is not taken yet.
 * Cells are kept exactly as typed, so the build's rules judge what the person wrote.
 */
export function contributionRows(contribution: Contribution, known: KnownRows): ContributedRow[] {
  const slug = known.gemeenten.find((g) => g.cbs_code === contribution.cbsCode)?.slug ?? '';
  const taken = new Map<TableName, Set<string>>();
  const takenIn = (table: TableName) => {
    if (!taken.has(table)) taken.set(table, new Set((known.rows[table] ?? []).map((row) => row.id)));
    return taken.get(table)!;
  };
  const complete = (table: TableName, entered: Record<string, string>): ContributedRow => {
    const cells = Object.fromEntries(columnsOf(table).map((column) => [column, entered[column] ?? '']));
    // A table keyed by other columns (onderzocht: gemeente and date) has no id to suggest.
    if (!('id' in cells)) return { table, cells };
    if (cells.id === '') {
      const base = suggestId(table, cells, slug) || table;
      let id = base;
      for (let n = 2; takenIn(table).has(id); n += 1) id = `${base}-${n}`;
      cells.id = id;
    }
    takenIn(table).add(cells.id);
    return { table, cells };
  };
  const bron = complete('bronnen', contribution.bron);
  const facts = contribution.facts.map((fact) =>
    complete(fact.table, { ...fact.cells, cbs_code: contribution.cbsCode, bron: bron.cells.id }),
  );
  return [bron, ...facts];
}

/** One row as its line (or lines, for a cell with a line break) in its table's file, exactly as data/ writes it. */
export function rowCsv(row: ContributedRow): string {
  return writeCsv([columnsOf(row.table).map((column) => row.cells[column])], ',', '\n');
}

/** The CSV lines to append to each table's file, exactly as data/ writes them (no header). */
export function contributionCsv(rows: readonly ContributedRow[]): { table: TableName; lines: string }[] {
  const tables = [...new Set(rows.map((row) => row.table))];
  return tables.map((table) => ({
    table,
    lines: rows
      .filter((row) => row.table === table)
      .map(rowCsv)
      .join('\n'),
  }));
}

/** A table's header line, for a downloaded file that opens on its own. */
export const csvHeader = (table: TableName) => columnsOf(table).join(',');
