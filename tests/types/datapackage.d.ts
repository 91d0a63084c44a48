// The part of the Frictionless `datapackage` reader (1.x, no own types) that the tests use.
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string; [key: string]: unknown };
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
    rawRead(): Promise<Buffer>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string, options?: { strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
