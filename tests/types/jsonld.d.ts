// The part of jsonld.js (9.x, no own types) that the tests use.
declare module 'jsonld' {
  type JsonLd = Record<string, unknown> | Record<string, unknown>[];
  const jsonld: {
    flatten(
      input: JsonLd,
      context?: null,
      options?: { base?: string },
    ): Promise<Record<string, unknown>[] | Record<string, unknown>>;
    expand(input: JsonLd, options?: { base?: string }): Promise<Record<string, unknown>[]>;
    /** With `format: 'application/n-quads'`, the graph as N-Quads text. */
    toRDF(input: JsonLd, options: { format: 'application/n-quads'; base?: string }): Promise<string>;
  };
  export default jsonld;
}
