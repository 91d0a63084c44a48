import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/*
 * Robustness of the data validation: the bad-input corpus covers the Frictionless error types.
 * Very large inputs are tested in large-input.test.ts.
 */

const BAD = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
const cases = readdirSync(BAD).sort();
const rulesOf = (name: string) =>
  (JSON.parse(readFileSync(`${BAD}${name}/expected.json`, 'utf8')) as { issues: { rule: string }[] }).issues.map((issue) => issue.rule);

/** Frictionless Data's error types and the corpus case (and rule) that stands for each. */
const FRICTIONLESS: Record<string, { case: string; rule: string }> = {
  'blank-header': { case: 'blank-header-cell', rule: 'blank-header' },
  'duplicate-label': { case: 'duplicate-column', rule: 'duplicate-column' },
  'missing-label': { case: 'missing-column', rule: 'missing-column' },
  'extra-label': { case: 'unknown-column', rule: 'unknown-column' },
  'blank-row': { case: 'blank-line', rule: 'blank-line' },
  'extra-cell': { case: 'extra-cell', rule: 'extra-cell' },
  'missing-cell': { case: 'missing-cell', rule: 'missing-cell' },
  'type-error (integer)': { case: 'amount-decimal-comma', rule: 'whole-euros' },
  'type-error (year)': { case: 'year-not-a-number', rule: 'year' },
  'type-error (date)': { case: 'impossible-date', rule: 'date' },
  'constraint-error (required)': { case: 'empty-required-cell', rule: 'required' },
  'constraint-error (enum)': { case: 'unknown-fase', rule: 'enum' },
  'constraint-error (minimum)': { case: 'amount-negative', rule: 'negative-amount' },
  'constraint-error (range)': { case: 'year-after-range', rule: 'year-range' },
  'constraint-error (maxLength)': { case: 'over-long-summary', rule: 'max-length' },
  'unique-error': { case: 'duplicate-id', rule: 'unique' },
  'primary-key-error': { case: 'duplicate-population-key', rule: 'unique' },
  'foreign-key-error': { case: 'unknown-source', rule: 'reference' },
  'encoding-error': { case: 'latin1-encoding', rule: 'encoding' },
  'source-error (quotes)': { case: 'unclosed-quote', rule: 'unclosed-quote' },
};

describe('the bad-input corpus', () => {
  test('holds at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const [type, { case: name, rule }] of Object.entries(FRICTIONLESS)) {
    test(`covers the Frictionless error type ${type} (${name}, rule ${rule})`, () => {
      expect(cases).toContain(name);
      expect(rulesOf(name)).toContain(rule);
    });
  }

  /** The classes of input real files contain that the validator once let through (issue 16). */
  const REAL_FILE_CLASSES: Record<string, [string, string][]> = {
    'controls and separators beyond C0': [['next-line-in-text', 'line-break'], ['c1-control-in-text', 'control-character'], ['line-separator-in-text', 'line-break'], ['paragraph-separator-in-text', 'line-break'], ['tab-inside-text', 'control-character']],
    'invisible and direction-changing characters': [
      ['zero-width-space-in-name', 'invisible-character'],
      ['byte-order-mark-inside-text', 'invisible-character'],
      ['right-to-left-override-in-url', 'invisible-character'],
      ['isolate-in-id', 'invisible-character'],
      ['left-to-right-mark-in-cbs-code', 'invisible-character'],
      ['zero-width-joiner-in-slug', 'invisible-character'],
      ['right-to-left-isolate-in-name', 'invisible-character'],
      ['invisible-character-in-choice', 'invisible-character'],
      ['tag-characters-in-text', 'invisible-character'],
    ],
    'whitespace after a closing quote': [['space-after-closing-quote', 'space-after-quote']],
    'the line of an encoding error': [['invalid-byte-after-replacement-character', 'encoding']],
    'things in data/ that are not table files': [
      ['table-file-is-a-directory', 'not-a-file'],
      ['table-file-is-a-symlink', 'not-a-file'],
      ['table-file-is-a-named-pipe', 'not-a-file'],
      ['directory-in-data', 'unknown-file'],
      ['misspelled-table-file', 'unknown-file'],
      ['spreadsheet-lock-file', 'unknown-file'],
    ],
    'readable messages': [['long-value-with-line-break', 'line-break'], ['latin1-gemeenten', 'reference-unchecked']],
    'dates and URLs': [
      ['date-in-the-future', 'date-range'],
      ['date-before-range', 'date-range'],
      ['year-below-100', 'date-range'],
      ['partial-date-in-the-future', 'date-range'],
      ['merger-after-the-pok-years', 'date-range'],
      ['url-with-credentials', 'url-credentials'],
      ['url-lookalike-host', 'url-host'],
      ['url-lookalike-host-punycode', 'url-host'],
    ],
    // Issue 24: what still got through after the cell rules.
    'files cut short': [['cut-off-last-line', 'final-line-break'], ['unclosed-quote-at-end', 'unclosed-quote']],
    'look-alike characters, read in their NFKC form': [['fullwidth-equals-formula', 'formula'], ['fullwidth-html-tag', 'plain-text']],
    'a period in the wrong order, in every table with one': [
      ['year-order', 'year-order'],
      ['period-reversed-in-toekenningen', 'year-order'],
      ['period-reversed-in-rijksmiddelen', 'year-order'],
      ['period-reversed-beside-another-error', 'year-order'],
      ['shift-to-earlier-year', 'year-order'],
    ],
    'narratives that run code or carry HTML': [
      ['narrative-import-and-expression', 'import-export'],
      ['narrative-import-and-expression', 'expression'],
      ['narrative-component-expression', 'expression'],
      ['narrative-script-element', 'html-element'],
      ['narrative-event-handler', 'html-element'],
      ['narrative-component-attribute', 'component-attribute'],
      ['narrative-javascript-link', 'url-scheme'],
      ['narrative-external-iframe', 'html-element'],
      ['narrative-link-element', 'html-element'],
      ['narrative-external-image', 'markdown-element'],
      ['narrative-layout-field', 'front-matter-field'],
    ],
    'narrative titles, by the text-cell rules': [
      ['narrative-title-formula', 'formula'],
      ['narrative-title-fullwidth-formula', 'formula'],
      ['narrative-title-bidi-override', 'invisible-character'],
      ['narrative-title-too-long', 'max-length'],
    ],
    'narratives and the data': [
      ['narrative-duplicate-key', 'duplicate-narrative'],
      ['narrative-unknown-gemeente', 'reference'],
      ['narrative-component-unknown-id', 'reference'],
      ['narrative-figures-not-in-data', 'figure-in-data'],
      ['narrative-title-figure-not-in-data', 'figure-in-data'],
    ],
  };

  for (const [name, list] of Object.entries(REAL_FILE_CLASSES)) {
    test(`covers ${name}`, () => {
      for (const [badCase, rule] of list) {
        expect(cases, badCase).toContain(badCase);
        expect(rulesOf(badCase), badCase).toContain(rule);
      }
    });
  }

  test('covers CRLF line ends and a byte-order mark', () => {
    expect(cases).toContain('crlf-line-ends');
    expect(rulesOf('byte-order-mark')).toContain('bom');
  });
});
