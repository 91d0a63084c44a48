import type { Dataset } from '../data/load-dataset';
import type { FieldMeta } from '../data/schemas/fields';
import type { TableName } from '../data/schemas/tables';
import { cellText } from '../format/csv';
import type { Row } from './cells';
import { columnMetas } from './table-schema';
import type { Lang } from '../i18n/ui';
import { COLUMN_DESCRIPTIONS_EN, READABLE_DESCRIPTIONS_EN } from '../i18n/dictionary-en';
import { READABLE_FIELDS, readableLookups } from './readable-rows';

/** One line of the data dictionary. */
export interface DictionaryEntry {
  name: string;
  /** Type in plain words of the language asked for. */
  type: string;
  description: string;
  required: boolean;
  /** Allowed values, a format, or what the column points at; null when any text is fine. */
  allowed: string | null;
  /** The first filled-in value of this column in the data, or null when none is filled in yet. */
  example: string | null;
}

/** The dictionary's own words, per language; the column descriptions are on the schemas (Dutch) and in src/i18n/dictionary-en.ts. */
const WORDS = {
  nl: {
    types: {
      string: 'tekst',
      integer: 'geheel getal',
      year: 'jaartal',
      date: 'datum',
      boolean: 'ja of nee',
      uri: 'webadres',
    },
    reference: (column: string, table: string) => `een ${column} uit ${table}.csv`,
    uri: 'webadres dat begint met https://',
    date: 'JJJJ-MM-DD',
    year: 'vier cijfers, bijvoorbeeld 2024',
    integer: 'alleen cijfers, zonder punten of €-teken',
    unique: 'uniek in dit bestand',
  },
  en: {
    types: {
      string: 'text',
      integer: 'whole number',
      year: 'year',
      date: 'date',
      boolean: 'yes or no (ja, nee)',
      uri: 'web address',
    },
    reference: (column: string, table: string) => `${/^[aeiou]/.test(column) ? 'an' : 'a'} ${column} from ${table}.csv`,
    uri: 'a web address starting with https://',
    date: 'YYYY-MM-DD',
    year: 'four digits, for example 2024',
    integer: 'digits only, without dots or € sign',
    unique: 'unique in this file',
    /** The schema's length limit, which the Dutch description carries from fields.ts. */
    limit: (max: number) => ` At most ${max} characters.`,
  },
} as const;

/** A column's meaning in the language asked for: the schema's (Dutch) or the English module's, with the same length limit. */
function describe(table: TableName, name: string, meta: FieldMeta, lang: Lang): string {
  if (lang === 'nl') return meta.description;
  return `${COLUMN_DESCRIPTIONS_EN[table][name]}${meta.maxLength === undefined ? '' : WORDS.en.limit(meta.maxLength)}`;
}

function allowed(meta: FieldMeta, lang: Lang): string | null {
  const words = WORDS[lang];
  if (meta.type === 'boolean') return 'ja, nee';
  if (meta.enum) return meta.enum.join(', ');
  if (meta.references) return words.reference(meta.references.column, meta.references.table);
  if (meta.format === 'uri') return words.uri;
  if (meta.type === 'date') return words.date;
  if (meta.type === 'year') return words.year;
  if (meta.type === 'integer') return words.integer;
  if (meta.unique) return words.unique;
  return null;
}

/**
 * The data dictionary of a table, generated from the zod schema's metadata; the example is a
 * real value from data/, never a made-up one. In English the column names and values stay Dutch
 * (as in the files); the descriptions come from src/i18n/dictionary-en.ts.
 */
export function dictionary(table: TableName, dataset: Dataset, lang: Lang = 'nl'): DictionaryEntry[] {
  const rows = dataset[table] as unknown as Row[];
  return columnMetas(table).map(({ name, meta }) => {
    const filled = rows.find((row) => row[name] !== null && row[name] !== undefined);
    return {
      name,
      type: WORDS[lang].types[meta.format === 'uri' ? 'uri' : meta.type],
      description: describe(table, name, meta, lang),
      required: meta.required,
      allowed: allowed(meta, lang),
      example: filled ? cellText(filled[name]) : null,
    };
  });
}

/**
 * The dictionary of the columns that alles.csv and the files per gemeente add to the tables
 * (the gemeente's name and the source's title, date and address), with real examples.
 */
export function readableDictionary(
  dataset: Pick<Dataset, 'gemeenten' | 'bronnen'>,
  lang: Lang = 'nl',
): DictionaryEntry[] {
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
    type: WORDS[lang].types.string,
    description:
      lang === 'en' ? READABLE_DESCRIPTIONS_EN[field.name as keyof typeof READABLE_FIELDS] : field.description,
    required: false,
    allowed: null,
    example: examples[field.name as keyof typeof READABLE_FIELDS] ?? null,
  }));
}
