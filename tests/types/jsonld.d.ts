// The part of jsonld.js (9.x, no own types) that the tests use.
declare module 'jsonld' {
  type JsonLd = Record<string, unknown> | Record<string, unknown>[];
  const jsonld: {
    flatten(input: JsonLd, context?: null, options?: { base?: string }): Promise<Record<string, unknown>[] | Record<string, unknown>>;
    expand(input: JsonLd, options?: { base?: string }): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
