// Test helper, independent of src/publish: checks a JSON-LD catalogue against the official
// DCAT-AP 3.0.1 SHACL shapes (a copy in tests/fixtures/dcat-ap-3.0.1/, see its README) with
// rdf-validate-shacl, offline. The catalogue is turned into RDF by jsonld.js, as a harvester would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SHAPES = fileURLToPath(new URL('../../fixtures/dcat-ap-3.0.1/', import.meta.url));

/** The shape sets checked: the testbed's three files together, and the specification's SHACL template. */
export const SHAPE_SETS = {
  testbed: ['shapes.ttl', 'range.ttl', 'shapes_recommended.ttl'],
  template: ['dcat-ap-SHACL.ttl'],
} as const;

/** One result of a SHACL check, in short form: severity, focus node, path and constraint. */
export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  focus: string;
  path: string | null;
  constraint: string;
  message: string;
}

function shapes(files: readonly string[]): Store {
  const store = new Store();
  for (const file of files)
    store.addQuads(new Parser({ baseIRI: `file:///${file}` }).parse(readFileSync(`${SHAPES}${file}`, 'utf8')));
  return store;
}

/** Every SHACL result for `doc` (relative IRIs resolved against `base`) under one shape set. */
export async function shaclResults(
  doc: Record<string, unknown>,
  set: keyof typeof SHAPE_SETS,
  base?: string,
): Promise<ShaclResult[]> {
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', ...(base ? { base } : {}) });
  const data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
  const report = await new SHACLValidator(shapes(SHAPE_SETS[set])).validate(data);
  const local = (iri: string | undefined) => (iri ?? '').replace(/^.*[#/]/, '');
  return report.results.map((result) => ({
    severity: local(result.severity?.value) as ShaclResult['severity'],
    focus: result.focusNode?.value ?? '',
    path: result.path?.value ?? null,
    constraint: local(result.sourceConstraintComponent?.value),
    message: result.message.map((m) => m.value).join(' '),
  }));
}

/** The results as readable lines, to show in a failing expectation. */
export const describeResults = (results: ShaclResult[]) =>
  results.map((r) => `${r.severity} ${r.focus} ${r.path ?? ''} ${r.constraint} ${r.message}`.trim());
