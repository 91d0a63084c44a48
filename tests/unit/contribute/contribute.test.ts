import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset, readDataDirectory } from '../../../src/data/load-dataset';
import { validateDataset } from '../../../src/data/validate-dataset';
import type { DataFiles } from '../../../src/data/validate-dataset';
import { appendRows, checkContribution } from '../../../src/contribute/check-contribution';
import { contributionCsv, contributionRows, idWords, suggestId } from '../../../src/contribute/contribution';
import type { Contribution } from '../../../src/contribute/contribution';
import { knownRows } from '../../../src/contribute/known-rows';
import { RULE_TEXT_NL } from '../../../src/data/validate/rule-text-nl';
import { TABLE_RULES } from '../../../src/data/validate/validate-tables';
import type { TableRule } from '../../../src/data/validate/validate-tables';
import { BAD, GOOD, withBad } from '../../fixtures/contributions/entries';
import type { Entry } from '../../fixtures/contributions/entries';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));
const { files } = await readDataDirectory(VALID);
const known = knownRows(await loadDataset(VALID));
const contribution = (entry: Entry): Contribution => ({ cbsCode: 'GM0001', ...entry });

/** The fixture files with the contribution's CSV lines appended, as someone would paste them. */
function appended(entry: Entry): DataFiles {
  const copy: DataFiles = { ...files };
  for (const { table, lines } of contributionCsv(contributionRows(contribution(entry), known))) {
    const text = new TextDecoder().decode(files[table]);
    copy[table] = new TextEncoder().encode(`${text.endsWith('\n') ? text : `${text}\n`}${lines}\n`);
  }
  return copy;
}

/** The rules the build reports for the lines a contribution added (every line past the old end). */
function buildRules(entry: Entry): string[] {
  const lastLine = (table: string) =>
    new TextDecoder()
      .decode(files[table as keyof DataFiles])
      .trimEnd()
      .split('\n').length;
  const { issues } = validateDataset(appended(entry));
  return [
    ...new Set(issues.filter((i) => i.line > lastLine(i.file.replace(/^data\/|\.csv$/g, ''))).map((i) => i.rule)),
  ].sort();
}

describe('checkContribution', () => {
  test('a good entry gives rows that pass the build once appended to data/', () => {
    expect(checkContribution(contribution(GOOD), files).issues).toEqual([]);
    expect(validateDataset(appended(GOOD)).issues).toEqual([]);
  });

  test('fills in the gemeente, the source id and ids in the style of data/', () => {
    const rows = contributionRows(contribution(GOOD), known);
    expect(rows.map((r) => r.table)).toEqual(['bronnen', 'bestedingen', 'besluiten']);
    expect(rows[0].cells.id).toBe('testdorp-raadsinformatiebrief-2024-03-01');
    expect(rows[1].cells).toMatchObject({
      cbs_code: 'GM0001',
      bron: 'testdorp-raadsinformatiebrief-2024-03-01',
      id: 'testdorp-2024-synthetisch-extra-formatie-klantcontact',
    });
    expect(rows[2].cells.id).toBe('testdorp-2024-03-01-plan');
  });

  test('a suggested id that is taken gets a number; a typed one is left for the unique rule', () => {
    const taken = {
      ...known,
      rows: { ...known.rows, besluiten: [{ id: 'testdorp-2024-03-01-plan', cbs_code: 'GM0001' }] },
    };
    expect(contributionRows(contribution(GOOD), taken)[2].cells.id).toBe('testdorp-2024-03-01-plan-2');
    // data/ with that decision already in it: a typed id that is taken breaks the build's unique rule.
    const withPlan = appendRows(files, contributionRows(contribution(GOOD), known).slice(2)).files;
    const typed = {
      ...GOOD,
      facts: [GOOD.facts[0], { ...GOOD.facts[1], cells: { ...GOOD.facts[1].cells, id: 'testdorp-2024-03-01-plan' } }],
    };
    expect(checkContribution(contribution(typed), withPlan).issues.map((i) => [i.row, i.rule])).toEqual([
      [2, 'unique'],
    ]);
  });

  test.each(BAD.map((bad) => [bad.rule, bad] as const))(
    'a bad entry (%s) gives the same rules as the build',
    (rule, bad) => {
      const found = [...new Set(checkContribution(contribution(withBad(bad)), files).issues.map((i) => i.rule))].sort();
      expect(found).toContain(rule);
      expect(found).toEqual(buildRules(withBad(bad)));
    },
  );

  test('an amount its quote does not state is refused, as the build refuses it (amount-in-quote)', () => {
    const entry = {
      ...GOOD,
      facts: [
        {
          ...GOOD.facts[0],
          cells: {
            ...GOOD.facts[0].cells,
            bedrag_eur: '45000',
            citaat: 'SYNTHETISCH: voor 2024 en 2025 samen € 40.000 voor klantcontact',
          },
        },
      ],
    };
    const issues = checkContribution(contribution(entry), files).issues;
    expect(issues.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([
      { row: 1, column: 'bedrag_eur', rule: 'amount-in-quote' },
    ]);
    expect(buildRules(entry)).toEqual(['amount-in-quote']);
  });

  test('a rule added to the build later reaches the contribution check without touching it', () => {
    const added: TableRule = (tables, { dir }) =>
      tables.bestedingen
        .filter(({ row }) => row.maatregel.includes('klantcontact'))
        .map(({ line }) => ({
          file: `${dir}/bestedingen.csv`,
          line,
          column: 'maatregel',
          rule: 'test-only-rule',
          message: 'test',
        }));
    (TABLE_RULES as TableRule[]).push(added);
    try {
      const issues = checkContribution(contribution(GOOD), files).issues;
      expect(issues.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([
        { row: 1, column: 'maatregel', rule: 'test-only-rule' },
      ]);
    } finally {
      (TABLE_RULES as TableRule[]).pop();
    }
  });

  test('a request for documents becomes an onderzocht row without an id; without its kind the build refuses it (request-kind)', () => {
    const request = (verzoek: string): Entry => ({
      bron: {
        titel: 'SYNTHETISCH: Woo-verzoek',
        uitgever: 'Een inwoner (testbestand)',
        datum: '2024-10-01',
        soort: 'woo-verzoek',
        primair: 'nee',
        vindplaats: 'eigen archief (testbestand)',
      },
      facts: [
        {
          table: 'onderzocht',
          cells: { datum: '2024-10-01', gezocht_in: 'college van B&W (testbestand)', resultaat: 'opgevraagd', verzoek },
        },
      ],
    });
    const rows = contributionRows(contribution(request('woo-verzoek')), known);
    expect(rows[1]).toEqual({
      table: 'onderzocht',
      cells: {
        cbs_code: 'GM0001',
        datum: '2024-10-01',
        gezocht_in: 'college van B&W (testbestand)',
        resultaat: 'opgevraagd',
        verzoek: 'woo-verzoek',
        bron: rows[0].cells.id,
        opmerking: '',
      },
    });
    expect(checkContribution(contribution(request('woo-verzoek')), files).issues).toEqual([]);
    expect(
      checkContribution(contribution(request('')), files).issues.map(({ row, column, rule }) => ({
        row,
        column,
        rule,
      })),
    ).toEqual([{ row: 1, column: 'verzoek', rule: 'request-kind' }]);
    expect(buildRules(request(''))).toEqual(['request-kind']);
  });

  test('an issue names the row and the column the person typed in', () => {
    const issues = checkContribution(contribution(withBad(BAD.find((b) => b.rule === 'url-scheme')!)), files).issues;
    expect(issues.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([
      { row: 0, column: 'url', rule: 'url-scheme' },
    ]);
  });
});

describe('contributionCsv', () => {
  test('quotes a cell with a comma or a quote, as data/ does', () => {
    const entry = { ...GOOD, bron: { ...GOOD.bron, titel: 'SYNTHETISCH: brief, met "aanhalingstekens"' } };
    const [bronnen] = contributionCsv(contributionRows(contribution(entry), known));
    expect(bronnen.lines).toBe(
      'testdorp-raadsinformatiebrief-2024-03-01,"SYNTHETISCH: brief, met ""aanhalingstekens""",Gemeente (testbestand),2024-03-01,raadsinformatiebrief,ja,https://example.org/synthetisch/rib-2024,,,',
    );
  });
});

describe('id suggestions', () => {
  test('idWords drops accents and small words', () => {
    expect(idWords('Extra ondersteuning voor de cliëntenraad in Súdwest-Fryslân')).toBe(
      'extra-ondersteuning-clientenraad-sudwest',
    );
  });
  test('a decision id starts with the gemeente and date, as the besluit-id rule asks', () => {
    expect(suggestId('besluiten', { datum: '2022-12-20', onderwerp: 'plan' }, 'diemen')).toBe('diemen-2022-12-20-plan');
  });
});

describe('RULE_TEXT_NL', () => {
  test('explains every rule a bad entry breaks, in Dutch', () => {
    for (const bad of BAD) expect(RULE_TEXT_NL[bad.rule], bad.rule).toMatch(/[a-z]/);
  });
});
