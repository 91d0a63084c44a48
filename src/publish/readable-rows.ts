import type { Dataset } from '../data/load-dataset';
import type { Row } from './cells';
import type { SchemaField } from './table-schema';

/**
 * Derived downloads (alles and the files per gemeente) are read by people, not joined by scripts:
 * beside each id they carry what it stands for. After `cbs_code` the gemeente's name, after `bron`
 * the source's title, date and address. The canonical files in data/ keep only the ids.
 */

/** The columns added after `bron`. */
export const SOURCE_COLUMNS = ['bron_titel', 'bron_datum', 'bron_adres'] as const;
/** The column added after `cbs_code`. */
export const NAME_COLUMN = 'gemeente';

/** The added columns as Table Schema fields: their meaning, for the data package and the dictionary. */
export const READABLE_FIELDS: Record<typeof NAME_COLUMN | (typeof SOURCE_COLUMNS)[number], SchemaField> = {
  gemeente: {
    name: 'gemeente',
    type: 'string',
    description:
      'Naam van de gemeente met deze cbs_code (uit gemeenten.csv), zodat u niet hoeft te koppelen; leeg voor landelijk geld.',
  },
  bron_titel: {
    name: 'bron_titel',
    type: 'string',
    description: 'Titel van de bron in de kolom bron (uit bronnen.csv).',
  },
  bron_datum: {
    name: 'bron_datum',
    type: 'string',
    description:
      'Datum van de bron (uit bronnen.csv): JJJJ-MM-DD, of JJJJ-MM of JJJJ als alleen dat bekend is; leeg als onbekend.',
  },
  bron_adres: {
    name: 'bron_adres',
    type: 'string',
    description:
      'Waar de bron te vinden is (uit bronnen.csv): het webadres, of de vindplaats als het document geen openbaar webadres heeft.',
  },
};

/**
 * The columns of a derived file made from `columns`: the name after `cbs_code` and the source's
 * title, date and address after `bron`. A table without those columns keeps its columns.
 */
export function readableColumns(columns: readonly string[]): string[] {
  return columns.flatMap((column) =>
    column === 'cbs_code' ? [column, NAME_COLUMN] : column === 'bron' ? [column, ...SOURCE_COLUMNS] : [column],
  );
}

/** What the ids stand for: each gemeente's name and each source's title, date and address. */
export interface ReadableLookups {
  names: Map<string, string>;
  sources: Map<string, { titel: string; datum: string | null; adres: string | null }>;
}

export function readableLookups(dataset: Pick<Dataset, 'gemeenten' | 'bronnen'>): ReadableLookups {
  return {
    names: new Map(dataset.gemeenten.map((g) => [g.cbs_code, g.naam])),
    sources: new Map(
      dataset.bronnen.map((b) => [b.id, { titel: b.titel, datum: b.datum, adres: b.url ?? b.vindplaats }]),
    ),
  };
}

/**
 * One row of a derived file: the values of `row` for `columns` (null where the row has none), with
 * the name and the source's title, date and address filled in where the columns ask for them.
 */
export function readableRow(row: Row, columns: readonly string[], lookups: ReadableLookups): Row {
  const out: Row = {};
  for (const column of columns) out[column] = row[column] ?? null;
  if (NAME_COLUMN in out)
    out[NAME_COLUMN] = typeof row.cbs_code === 'string' ? (lookups.names.get(row.cbs_code) ?? null) : null;
  if ('bron_titel' in out) {
    const source = typeof row.bron === 'string' ? lookups.sources.get(row.bron) : undefined;
    out.bron_titel = source?.titel ?? null;
    out.bron_datum = source?.datum ?? null;
    out.bron_adres = source?.adres ?? null;
  }
  return out;
}
