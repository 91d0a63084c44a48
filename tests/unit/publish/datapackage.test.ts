import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { buildDataFiles } from '../../../src/publish/published-files';
import { buildDataPackage } from '../../../src/publish/datapackage';
import type { PackageContext } from '../../../src/publish/datapackage';
import { tableSchema } from '../../../src/publish/table-schema';
import { TABLE_NAMES } from '../../../src/data/schemas/tables';
import { checkCsvAgainstSchema, frictionlessValidators, parseCsv } from './frictionless-check';
import type { Resource } from './frictionless-check';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const context: PackageContext = {
  version: { date: '2026-01-02', commit: 'abc1234' },
  license: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  name: 'Test',
  publisher: 'Testredactie',
  homepage: 'https://example.org/data/',
};
const validators = frictionlessValidators();

async function fixturePackage() {
  const dataset = await loadDataset(VALID, 'fixtures');
  const files = buildDataFiles(dataset, context);
  return {
    files,
    pkg: buildDataPackage(files, context) as { resources: (Resource & { bytes: number; schema?: unknown })[] },
  };
}

describe('buildDataPackage', () => {
  test('validates against the Data Package profile, and each schema against the Table Schema profile', async () => {
    const { pkg } = await fixturePackage();
    expect(validators.dataPackage(pkg), JSON.stringify(validators.dataPackage.errors)).toBe(true);
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      expect(
        validators.tableSchema(resource.schema),
        `${resource.name}: ${JSON.stringify(validators.tableSchema.errors)}`,
      ).toBe(true);
    }
  });

  test('the profiles reject a schema with an unknown field type and a package without resources', () => {
    expect(validators.tableSchema({ fields: [{ name: 'x', type: 'bedrag' }] })).toBe(false);
    expect(validators.dataPackage({ name: 'x' })).toBe(false);
  });

  test('lists one resource per table file, and each CSV matches its own schema', async () => {
    const { files, pkg } = await fixturePackage();
    const byPath = new Map(files.map((file) => [file.path, file]));
    // The canonical CSV and the JSON of every table; the Excel copies and per-gemeente extracts stay out.
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      files
        .filter((f) => !f.table.startsWith('gemeente:') && !f.path.startsWith('excel/'))
        .map((f) => f.path)
        .sort(),
    );
    expect(pkg.resources.some((r) => r.path.startsWith('excel/'))).toBe(false);
    const lookup = (name: string, column: string) => {
      const target = pkg.resources.find((r) => r.name === name)!;
      const { header, rows } = parseCsv(byPath.get(target.path)!.content, target.dialect?.delimiter);
      return new Set(rows.map((row) => row[header.indexOf(column)]));
    };
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      expect(checkCsvAgainstSchema(byPath.get(resource.path)!.content, resource, lookup)).toEqual([]);
      expect(resource.bytes).toBe(Buffer.byteLength(byPath.get(resource.path)!.content, 'utf8'));
    }
  });
});

describe('tableSchema', () => {
  test('has the row key as primary key and a foreign key for every reference column', () => {
    expect(tableSchema('inwoners').primaryKey).toEqual(['cbs_code', 'jaar']);
    expect(tableSchema('bestedingen').foreignKeys).toEqual(
      expect.arrayContaining([
        { fields: ['cbs_code'], reference: { resource: 'gemeenten', fields: ['cbs_code'] } },
        { fields: ['bron'], reference: { resource: 'bronnen', fields: ['id'] } },
        { fields: ['vervangt'], reference: { resource: '', fields: ['id'] } },
      ]),
    );
  });

  test('spells the ja/nee column as a boolean with trueValues and falseValues', () => {
    const primair = tableSchema('bronnen').fields.find((f) => f.name === 'primair')!;
    expect(primair).toMatchObject({ type: 'boolean', trueValues: ['ja'], falseValues: ['nee'] });
  });

  test.each(TABLE_NAMES)('gives every field of %s a description', (table) => {
    expect(tableSchema(table).fields.every((f) => f.description.length > 10)).toBe(true);
  });
});

describe('excelSchema', () => {
  test('adds a decimal comma to number fields only (today every numeric field is a whole number)', async () => {
    const { excelSchema } = await import('../../../src/publish/published-files');
    const schema = excelSchema({
      fields: [
        { name: 'per_inwoner', type: 'number', description: 'synthetisch' },
        { name: 'bedrag_eur', type: 'integer', description: 'synthetisch' },
      ],
      missingValues: [''],
    });
    expect(schema.fields[0].decimalChar).toBe(',');
    expect(schema.fields[1].decimalChar).toBeUndefined();
    expect(validators.tableSchema(schema)).toBe(true);
  });
});
