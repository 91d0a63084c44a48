// Test helper, independent of src/publish: reads a catalogue with jsonld.js (the JSON-LD
// processor, so prefixes, @graph and nesting are resolved as any RDF consumer would) and lists
// what is missing for DCAT-AP 3.0 and DCAT-AP-NL 3.0, per class.
import jsonld from 'jsonld';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const EU = 'http://publications.europa.eu/resource/authority/';
const RDF_TYPE = '@type';

/**
 * Mandatory properties per class: DCAT-AP 3.0 (Catalogue: description, publisher, title; Dataset:
 * description, title; Distribution: access URL; Agent: name) plus what DCAT-AP-NL 3.0's SHACL
 * shapes require (Catalogue: contact point, dataset; Dataset: access rights, contact point,
 * creator, identifier, publisher, theme; Distribution: licence), plus the format and media type
 * the issue asks for on every distribution.
 */
export const MANDATORY: Record<string, string[]> = {
  [`${DCAT}Catalog`]: [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}contactPoint`, `${DCAT}dataset`],
  [`${DCAT}Dataset`]: [
    `${DCT}title`,
    `${DCT}description`,
    `${DCAT}theme`,
    `${DCT}publisher`,
    `${DCT}creator`,
    `${DCAT}contactPoint`,
    `${DCT}identifier`,
    `${DCT}accessRights`,
    `${DCAT}distribution`,
  ],
  [`${DCAT}Distribution`]: [`${DCAT}accessURL`, `${DCT}license`, `${DCT}format`, `${DCAT}mediaType`],
  [`${FOAF}Agent`]: [`${FOAF}name`],
};

/** Properties whose value must be an IRI from a given list (DCAT-AP-NL "Waardelijsten"). */
const VOCABULARIES: Record<string, RegExp> = {
  [`${DCAT}theme`]: new RegExp(`^${EU}data-theme/[A-Z]{4}$`),
  [`${DCT}format`]: new RegExp(`^${EU}file-type/[A-Z_0-9]+$`),
  [`${DCAT}mediaType`]: /^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z0-9.+-]+$/,
  [`${DCT}accessRights`]: new RegExp(`^${EU}access-right/(PUBLIC|RESTRICTED|NON_PUBLIC)$`),
  [`${DCT}language`]: new RegExp(`^${EU}language/[A-Z]{3}$`),
};

type Node = Record<string, unknown> & { '@id': string };
const values = (node: Node, property: string) => (node[property] as Record<string, unknown>[] | undefined) ?? [];
const isBlank = (id: string) => id.startsWith('_:');

/** The flattened graph: every node once, by @id, with full IRIs. */
export async function flattenCatalogue(doc: Record<string, unknown>, base?: string): Promise<Map<string, Node>> {
  // Without a context, flatten gives the expanded node list (full IRIs, every value an array).
  const flat = (await jsonld.flatten(doc, null, base ? { base } : {})) as unknown as Node[];
  const nodes = Array.isArray(flat) ? flat : (((flat as Record<string, unknown>)['@graph'] ?? []) as Node[]);
  return new Map(nodes.map((n) => [n['@id'], n]));
}

/** Every problem found, as "class <id>: what"; empty when the catalogue has all mandatory properties. */
export async function dcatProblems(doc: Record<string, unknown>, base?: string): Promise<string[]> {
  const nodes = await flattenCatalogue(doc, base);
  const problems: string[] = [];
  const ofType = (type: string) =>
    [...nodes.values()].filter((n) => ((n[RDF_TYPE] as string[] | undefined) ?? []).includes(type));
  if (ofType(`${DCAT}Catalog`).length !== 1)
    problems.push(`expected one dcat:Catalog, found ${ofType(`${DCAT}Catalog`).length}`);
  for (const [type, properties] of Object.entries(MANDATORY)) {
    for (const node of ofType(type)) {
      for (const property of properties)
        if (values(node, property).length === 0) problems.push(`${type} ${node['@id']}: no ${property}`);
      if ((type === `${DCAT}Catalog` || type === `${FOAF}Agent`) && isBlank(node['@id']))
        problems.push(`${type}: a blank node, not an IRI`);
    }
  }
  // Publishers are agents with a name, given as IRIs.
  for (const node of [...ofType(`${DCAT}Catalog`), ...ofType(`${DCAT}Dataset`)]) {
    for (const ref of values(node, `${DCT}publisher`)) {
      const id = ref['@id'] as string | undefined;
      if (!id || isBlank(id)) problems.push(`${node['@id']}: publisher is not an IRI`);
      else if (!nodes.get(id) || values(nodes.get(id)!, `${FOAF}name`).length === 0)
        problems.push(`${node['@id']}: publisher ${id} has no foaf:name`);
    }
    // A contact point with more than a name: an e-mail address or a web address.
    for (const ref of values(node, `${DCAT}contactPoint`)) {
      const contact = nodes.get(ref['@id'] as string);
      if (!contact) problems.push(`${node['@id']}: contact point not described`);
      else if (
        values(contact, `${VCARD}fn`).length === 0 ||
        values(contact, `${VCARD}hasEmail`).length + values(contact, `${VCARD}hasURL`).length === 0
      ) {
        problems.push(`${node['@id']}: contact point ${contact['@id']} has no name plus e-mail or URL`);
      }
    }
  }
  // Values from the prescribed vocabularies are IRIs, not literals.
  for (const node of nodes.values()) {
    for (const [property, pattern] of Object.entries(VOCABULARIES)) {
      for (const value of values(node, property)) {
        const id = value['@id'] as string | undefined;
        if (!id || !pattern.test(id))
          problems.push(`${node['@id']}: ${property} ${JSON.stringify(value)} is not an IRI from its vocabulary`);
      }
    }
  }
  return problems;
}
