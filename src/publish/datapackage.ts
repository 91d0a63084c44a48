import type { PublishContext, PublishedFile } from './published-files';

/** Who publishes and where, for the package and the catalogue. */
export interface PackageContext extends PublishContext {
  name: string;
  publisher: string;
  /** Absolute URL of /data/. */
  /** Full address of /data/, or null in a preview build (no public address): then it is left out. */
  homepage: string | null;
}

/** A description of what a file holds, shared by the package, the catalogue and /data/. */
export function fileDescription(file: PublishedFile): string {
  const what =
    file.table === 'alles'
      ? 'Alle feiten (rijksmiddelen, toekenningen, bestedingen, verschuivingen, besluiten, resultaten, vermeldingen) onder elkaar, met een kolom tabel, de naam van de gemeente en de titel, datum en vindplaats van de bron.'
      : `De tabel ${file.table}.csv uit data/.`;
  if (file.format === 'excel')
    return `${what} Voor Excel: puntkomma als scheidingsteken, decimale komma, UTF-8 met byte-order mark.`;
  if (file.format === 'json')
    return `${what} Als JSON: de rijen staan in "rijen", getallen als getal, lege cellen als null, primair als true/false.`;
  return `${what} CSV: UTF-8, komma, RFC 4180.`;
}

/**
 * The files the data package lists: per table and "alles" the canonical CSV and the JSON. Left out:
 * the Excel variants, convenience copies of the canonical CSVs whose byte-order mark Frictionless
 * readers take as part of the first column's name (/data/ says so), and the per-gemeente files,
 * extracts of "alles" and of the fact tables (with the columns that alles adds), one set per gemeente.
 */
export const inPackage = (file: PublishedFile) => file.format !== 'excel' && !file.table.startsWith('gemeente:');

/**
 * The Frictionless Data Package (v1) of /data/: one resource per listed file, each CSV with its
 * Table Schema generated from the zod schemas. The profile is the general `data-package`, not
 * `tabular-data-package`, because the JSON files are listed too (as `data-resource`).
 */
export function buildDataPackage(files: readonly PublishedFile[], context: PackageContext): Record<string, unknown> {
  const listed = files.filter(inPackage);
  const version =
    context.version.date && context.version.commit ? `${context.version.date}+${context.version.commit}` : undefined;
  return {
    profile: 'data-package',
    name: 'pok-in-beeld',
    title: `${context.name}: POK-middelen per gemeente`,
    description:
      'Wat bekend is over de POK-middelen (versterking dienstverlening, na het rapport Ongekend onrecht): geld van het Rijk, toekenningen aan gemeenten, bestedingen, verschuivingen, besluiten, resultaten en vermeldingen, elk met een bron. Lege cellen betekenen: niet bekend. Tel nooit bedragen op over verschillende fases, versies (vervangt) of een totaal met zijn delen (onderdeel_van). Niet in dit pakket, wel op /data/: de Excel-varianten (map excel/, kopieën van de CSV-bestanden met puntkomma, decimale komma en byte-order mark) en de bestanden per gemeente (per feitentabel een CSV met de kolommen van die tabel, de naam van de gemeente en de titel, datum en vindplaats van de bron; en een uittreksel van alles.csv).',
    ...(context.homepage ? { homepage: context.homepage } : {}),
    ...(version ? { version } : {}),
    dataversie: { datum: context.version.date, commit: context.version.commit },
    keywords: ['POK-middelen', 'gemeenten', 'dienstverlening', 'kinderopvangtoeslag', 'gemeentefonds', 'open data'],
    licenses: [{ name: context.license.id, path: context.license.url, title: context.license.title }],
    contributors: [{ title: context.publisher, role: 'publisher' }],
    sources: [
      {
        title: 'Openbare documenten van gemeenten, het Rijk en anderen: elke regel noemt zijn bron in bronnen.csv',
        path: 'bronnen.csv',
      },
      { title: 'CBS: gemeentecodes, namen en inwonertallen (CC BY 4.0); CBS / PDOK Gebiedsindelingen' },
    ],
    resources: listed.map((file) => {
      const base = {
        name: file.name,
        path: file.path,
        title: file.title,
        description: fileDescription(file),
        format: file.format === 'json' ? 'json' : 'csv',
        mediatype: file.mediatype,
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: file.md5,
        licenses: [{ name: context.license.id, path: context.license.url, title: context.license.title }],
      };
      if (file.format === 'json') return { profile: 'data-resource', ...base };
      return {
        profile: 'tabular-data-resource',
        ...base,
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: file.schema,
      };
    }),
  };
}
