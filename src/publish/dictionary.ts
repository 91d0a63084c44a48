import type { Dataset } from '../data/load-dataset';
import type { FieldMeta } from '../data/schemas/fields';
import type { TableName } from '../data/schemas/tables';
import { cellText } from '../format/csv';
import type { Row } from './cells';
import { columnMetas } from './table-schema';
import { READABLE_FIELDS, readableLookups } from './readable-rows';

/** One line of the data dictionary. */
export interface DictionaryEntry {
  name: string;
  /** Type in plain Dutch. */
  type: string;
  description: string;
  required: boolean;
  /** Allowed values, a format, or what the column points at; null when any text is fine. */
  allowed: string | null;
  /** The first filled-in value of this column in the data, or null when none is filled in yet. */
  example: string | null;
}

const TYPE_LABELS: Record<FieldMeta['type'], string> = {
  string: 'tekst',
  integer: 'geheel getal',
  year: 'jaartal',
  date: 'datum',
  boolean: 'ja of nee',
};

function allowed(meta: FieldMeta): string | null {
  if (meta.type === 'boolean') return 'ja, nee';
  if (meta.enum) return meta.enum.join(', ');
  if (meta.references) return `een ${meta.references.column} uit ${meta.references.table}.csv`;
  if (meta.format === 'uri') return 'webadres dat begint met https://';
  if (meta.type === 'date') return 'JJJJ-MM-DD';
  if (meta.type === 'year') return 'vier cijfers, bijvoorbeeld 2024';
  if (meta.type === 'integer') return 'alleen cijfers, zonder punten of €-teken';
  if (meta.unique) return 'uniek in dit bestand';
  return null;
}

/**
 * The data dictionary of a table, generated from the zod schema's metadata; the example is a
 * real value from data/, never a made-up one.
 */
export function dictionary(table: TableName, dataset: Dataset): DictionaryEntry[] {
  const rows = dataset[table] as unknown as Row[];
  return columnMetas(table).map(({ name, meta }) => {
    const filled = rows.find((row) => row[name] !== null && row[name] !== undefined);
    return {
      name,
      type: meta.format === 'uri' ? 'webadres' : TYPE_LABELS[meta.type],
      description: meta.description,
      required: meta.required,
      allowed: allowed(meta),
      example: filled ? cellText(filled[name]) : null,
    };
  });
}

/**
 * The dictionary of the columns that alles.csv and the files per gemeente add to the tables
 * (the gemeente's name and the source's title, date and address), with real examples.
 */
export function readableDictionary(dataset: Pick<Dataset, 'gemeenten' | 'bronnen'>): DictionaryEntry[] {
  const { names, sources } = readableLookups(dataset);
  const source = [...sources.values()][0];
  const examples: Record<keyof typeof READABLE_FIELDS, string | null | undefined> = {
    gemeente: [...names.values()][0],
    bron_titel: source?.titel,
    bron_datum: [...sources.values()].find((s) => s.datum !== null)?.datum,
    bron_adres: source?.adres,
  };
  return Object.values(READABLE_FIELDS).map((field) => ({
    name: field.name,
    type: 'tekst',
    description: field.description,
    required: false,
    allowed: null,
    example: examples[field.name as keyof typeof READABLE_FIELDS] ?? null,
  }));
}
