import { describe, expect, test } from 'vitest';
import { checkIntegrity } from '../../../../src/data/validate/check-integrity';
import type { LocatedTables } from '../../../../src/data/validate/check-integrity';
import { TABLE_NAMES } from '../../../../src/data/schemas/tables';
import type { TableName } from '../../../../src/data/schemas/tables';
import type { DataIssue } from '../../../../src/data/validate/issue';

type Rows = Partial<Record<TableName, Record<string, unknown>[]>>;

/**
 * Builds the input of checkIntegrity: rows are numbered from line 2 in the order given, and only
 * carry the columns a test is about (checkIntegrity reads nothing else).
 */
function tablesOf(rows: Rows, lines: Partial<Record<TableName, number[]>> = {}): LocatedTables {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((table) => [table, (rows[table] ?? []).map((row, index) => ({ line: lines[table]?.[index] ?? index + 2, row }))]),
  );
  return tables as unknown as LocatedTables;
}

const where = (issues: DataIssue[]) => issues.map(({ file, line, column, rule }) => `${file}:${line} ${column ?? '-'} ${rule}`).sort();

/** Two gemeenten and a source that every other row can point at. */
const base = {
  gemeenten: [
    { cbs_code: 'GM0001', slug: 'testdorp', opgegaan_in: null, bron: 'bron-a' },
    { cbs_code: 'GM0002', slug: 'proefstad', opgegaan_in: null, bron: 'bron-a' },
  ],
  bronnen: [{ id: 'bron-a' }],
};

describe('checkIntegrity', () => {
  test('reports nothing for rows whose keys are unique and references resolve', () => {
    expect(checkIntegrity(tablesOf(base))).toEqual([]);
  });

  test('reports a duplicate id on its later line and names the line of the first', () => {
    const issues = checkIntegrity(
      tablesOf({ ...base, resultaten: [{ id: 'res-a', cbs_code: 'GM0001', bron: 'bron-a' }, { id: 'res-b', cbs_code: 'GM0001', bron: 'bron-a' }, { id: 'res-a', cbs_code: 'GM0002', bron: 'bron-a' }] }, { resultaten: [2, 3, 9] }),
    );
    expect(where(issues)).toEqual(['data/resultaten.csv:9 id unique']);
    expect(issues[0].message).toContain('line 2');
    expect(issues[0].value).toBe('res-a');
  });

  test('allows the same id in two different tables', () => {
    const issues = checkIntegrity(
      tablesOf({ ...base, resultaten: [{ id: 'gedeeld', cbs_code: 'GM0001', bron: 'bron-a' }], vermeldingen: [{ id: 'gedeeld', cbs_code: 'GM0001', bron: 'bron-a' }] }),
    );
    expect(issues).toEqual([]);
  });

  test('reports a duplicate of a composite key and shows every value', () => {
    const search = { cbs_code: 'GM0001', datum: '2024-05-01', bron: 'bron-a', resultaat: 'niets gevonden' };
    const issues = checkIntegrity(tablesOf({ ...base, onderzocht: [search, { ...search, datum: '2024-09-15' }] }));
    expect(where(issues)).toEqual(['data/onderzocht.csv:3 cbs_code+bron+resultaat unique']);
    expect(issues[0].value).toBe('GM0001 + bron-a + niets gevonden');
  });

  test('allows searches of one gemeente in different research rounds, each with its own report and no date', () => {
    const search = { cbs_code: 'GM0001', datum: null, bron: 'bron-a', resultaat: 'niets gevonden' };
    const rounds = { ...base, bronnen: [{ id: 'bron-a' }, { id: 'bron-b' }] };
    expect(checkIntegrity(tablesOf({ ...rounds, onderzocht: [search, { ...search, bron: 'bron-b' }] }))).toEqual([]);
  });

  test('reports a reference to a missing row and names the target file and column', () => {
    const issues = checkIntegrity(tablesOf({ ...base, vermeldingen: [{ id: 'verm-a', cbs_code: 'GM0001', bron: 'bron-weg' }] }));
    expect(where(issues)).toEqual(['data/vermeldingen.csv:2 bron reference']);
    expect(issues[0].message).toContain('"bron-weg"');
    expect(issues[0].message).toContain('data/bronnen.csv');
  });

  test('skips an empty optional reference', () => {
    const spending = { id: 'best-a', cbs_code: 'GM0001', besluit: null, vervangt: null, bron: 'bron-a' };
    expect(checkIntegrity(tablesOf({ ...base, bestedingen: [spending] }))).toEqual([]);
  });

  test('reports a verschuiving whose besteding belongs to another gemeente', () => {
    const issues = checkIntegrity(
      tablesOf({
        ...base,
        bestedingen: [{ id: 'best-testdorp', cbs_code: 'GM0001', besluit: null, vervangt: null, bron: 'bron-a' }],
        verschuivingen: [{ id: 'versch-proefstad', cbs_code: 'GM0002', besteding: 'best-testdorp', bron: 'bron-a' }],
      }),
    );
    expect(where(issues)).toEqual(['data/verschuivingen.csv:2 besteding same-gemeente']);
    expect(issues[0].message).toContain('GM0001');
  });

  test('reports only the missing row, not another gemeente, for a besteding that does not exist', () => {
    const issues = checkIntegrity(tablesOf({ ...base, verschuivingen: [{ id: 'versch-a', cbs_code: 'GM0002', besteding: 'best-weg', bron: 'bron-a' }] }));
    expect(where(issues)).toEqual(['data/verschuivingen.csv:2 besteding reference']);
  });

  test('reports a stream that is part of itself', () => {
    const issues = checkIntegrity(tablesOf({ ...base, rijksmiddelen: [{ id: 'rijk-a', onderdeel_van: 'rijk-a', bron: 'bron-a' }] }));
    expect(where(issues)).toEqual(['data/rijksmiddelen.csv:2 onderdeel_van part-of']);
  });

  test('reports both streams of two rows that are part of each other', () => {
    const issues = checkIntegrity(
      tablesOf({ ...base, rijksmiddelen: [{ id: 'rijk-a', onderdeel_van: 'rijk-b', bron: 'bron-a' }, { id: 'rijk-b', onderdeel_van: 'rijk-a', bron: 'bron-a' }] }),
    );
    expect(where(issues)).toEqual(['data/rijksmiddelen.csv:2 onderdeel_van part-of', 'data/rijksmiddelen.csv:3 onderdeel_van part-of']);
  });

  test('allows several streams to be part of one total', () => {
    const rows = [
      { id: 'rijk-totaal', onderdeel_van: null, bron: 'bron-a' },
      { id: 'rijk-a', onderdeel_van: 'rijk-totaal', bron: 'bron-a' },
      { id: 'rijk-b', onderdeel_van: 'rijk-totaal', bron: 'bron-a' },
    ];
    expect(checkIntegrity(tablesOf({ ...base, rijksmiddelen: rows }))).toEqual([]);
  });

  test.each(['2022-03-15', '2022-03', '2022'])('accepts a besluit id that reads {slug}-%s-{onderwerp}', (datum) => {
    const decision = { id: `testdorp-${datum}-plan`, cbs_code: 'GM0001', datum, bron: 'bron-a' };
    expect(checkIntegrity(tablesOf({ ...base, besluiten: [decision] }))).toEqual([]);
  });

  test("rejects a besluit id with another gemeente's slug", () => {
    const decision = { id: 'proefstad-2022-03-15-plan', cbs_code: 'GM0001', datum: '2022-03-15', bron: 'bron-a' };
    const issues = checkIntegrity(tablesOf({ ...base, besluiten: [decision] }));
    expect(where(issues)).toEqual(['data/besluiten.csv:2 id besluit-id']);
    expect(issues[0].message).toContain('testdorp-2022-03-15-');
  });

  test('rejects a besluit id that stops after the date', () => {
    const decision = { id: 'testdorp-2022-03-15', cbs_code: 'GM0001', datum: '2022-03-15', bron: 'bron-a' };
    expect(where(checkIntegrity(tablesOf({ ...base, besluiten: [decision] })))).toEqual(['data/besluiten.csv:2 id besluit-id']);
  });

  test('reports only the unknown gemeente of a besluit, not its id', () => {
    const decision = { id: 'nergens-2022-plan', cbs_code: 'GM0009', datum: '2022', bron: 'bron-a' };
    expect(where(checkIntegrity(tablesOf({ ...base, besluiten: [decision] })))).toEqual(['data/besluiten.csv:2 cbs_code reference']);
  });

  test('reports a former gemeente whose successor does not exist', () => {
    const former = { cbs_code: 'GM0003', slug: 'oud-testveld', opgegaan_in: 'GM0009', bron: 'bron-a' };
    const issues = checkIntegrity(tablesOf({ ...base, gemeenten: [...base.gemeenten, former] }));
    expect(where(issues)).toEqual(['data/gemeenten.csv:4 opgegaan_in reference']);
  });

  test('puts the given directory in the file of every issue', () => {
    const issues = checkIntegrity(tablesOf({ ...base, vermeldingen: [{ id: 'verm-a', cbs_code: 'GM0009', bron: 'bron-weg' }] }), 'tests/fixtures/x');
    expect(issues.map((issue) => issue.file)).toEqual(['tests/fixtures/x/vermeldingen.csv', 'tests/fixtures/x/vermeldingen.csv']);
  });

  test('reports problems in several tables in one call', () => {
    const issues = checkIntegrity(
      tablesOf({
        ...base,
        gemeenten: [...base.gemeenten, { cbs_code: 'GM0003', slug: 'testdorp', opgegaan_in: 'GM0001', bron: 'bron-a' }],
        resultaten: [{ id: 'res-a', cbs_code: 'GM0009', bron: 'bron-a' }],
        rijksmiddelen: [{ id: 'rijk-a', onderdeel_van: 'rijk-a', bron: 'bron-a' }],
      }),
    );
    expect(where(issues)).toEqual([
      'data/gemeenten.csv:4 slug unique',
      'data/resultaten.csv:2 cbs_code reference',
      'data/rijksmiddelen.csv:2 onderdeel_van part-of',
    ]);
  });
});
