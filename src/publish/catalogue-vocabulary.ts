/**
 * The things a DCAT-AP catalogue points at (licence, language, theme, media types, pages,
 * specifications), each as a typed resource: DCAT-AP 3's SHACL shapes check the class of every
 * such value (`sh:class`), and a harvester that does not fetch the vocabularies only knows a
 * value's class when the catalogue says it. The vocabularies are those DCAT-AP-NL 3.0 prescribes
 * ("Waardelijsten"): the EU Publications Office authority lists, and IANA for media types.
 */

const EU = 'http://publications.europa.eu/resource/authority';

/** Dataset Theme Vocabulary: "Government and public sector". */
export const THEME_GOVERNMENT = `${EU}/data-theme/GOVE`;
export const THEME_SCHEME = `${EU}/data-theme`;
export const LANGUAGE_NLD = `${EU}/language/NLD`;
export const COUNTRY_NLD = `${EU}/country/NLD`;
export const ACCESS_PUBLIC = `${EU}/access-right/PUBLIC`;
export const FREQUENCY_IRREGULAR = `${EU}/frequency/IRREG`;
/** Planned availability: the files stay at their address (DESIGN.md: URLs are stable). */
export const AVAILABILITY_STABLE = `${EU}/planned-availability/STABLE`;

/** A concept's preferred label as its vocabulary gives it (a skos:Concept needs one). */
export const CONCEPT_LABELS: Record<string, string> = {
  [THEME_GOVERNMENT]: 'Government and public sector',
  [AVAILABILITY_STABLE]: 'stable',
};

/** The ADMS licence type of a licence, by its SPDX id; unknown licences get none rather than a guess. */
const ADMS = 'http://purl.org/adms/licencetype';
const LICENCE_TYPES: Record<string, { id: string; label: string }> = {
  'CC-BY-4.0': { id: `${ADMS}/Attribution`, label: 'Attribution' },
  'CC0-1.0': { id: `${ADMS}/PublicDomain`, label: 'Public domain' },
};
export const licenceType = (spdx: string) => LICENCE_TYPES[spdx] ?? null;

const FILE_TYPES: Record<string, string> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/ld+json': 'JSON_LD',
};
export const fileType = (mediatype: string) => `${EU}/file-type/${FILE_TYPES[mediatype] ?? 'BIN'}`;
export const ianaMediaType = (mediatype: string) => `https://www.iana.org/assignments/media-types/${mediatype}`;

type Node = Record<string, unknown> & { '@id': string };

/**
 * A catalogue's typed resources, each listed once however often it is used: `use` returns the
 * reference to put in a property, `nodes` the resources for the graph.
 */
export function typedResources() {
  const byId = new Map<string, Node>();
  const use = (id: string, type: string, extra: Record<string, unknown> = {}) => {
    if (!byId.has(id)) byId.set(id, { '@id': id, '@type': type, ...extra });
    return { '@id': id };
  };
  /** A concept from a controlled vocabulary, with its label. */
  const concept = (id: string, extra: Record<string, unknown> = {}) =>
    use(id, 'skos:Concept', { 'skos:prefLabel': { '@value': CONCEPT_LABELS[id], '@language': 'en' }, ...extra });
  return { use, concept, nodes: () => [...byId.values()] };
}
