import { describe, expect, test } from 'vitest';
import { ui, useTranslations } from '../../../src/i18n/ui';
import {
  COLUMN_DESCRIPTIONS_EN,
  READABLE_DESCRIPTIONS_EN,
  ROW_IS_EN,
  TABLE_TITLES_EN,
} from '../../../src/i18n/dictionary-en';
import { READABLE_FIELDS } from '../../../src/publish/readable-rows';
import { ROW_IS } from '../../../src/publish/table-descriptions';
import { TABLE_NAMES, columnsOf } from '../../../src/data/schemas/tables';
import { dictionary } from '../../../src/publish/dictionary';
import { SITE } from '../../../src/site/config';
import { navigation } from '../../../src/i18n/navigation';
import type { Dataset } from '../../../src/data/load-dataset';

const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Dataset;

describe('the English interface strings', () => {
  test('have every key of the Dutch ones, and no other', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.nl).sort());
    for (const [key, value] of Object.entries(ui.en)) expect(value.trim(), key).not.toBe('');
  });

  test('the Dutch tagline is the one the site configuration publishes', () => {
    expect(useTranslations('nl')('site.tagline')).toBe(SITE.tagline);
  });

  test('the English menu leads to the English pages', () => {
    expect(navigation('en').map((item) => item.href)).toEqual(['/en/', '/en/method/', '/en/data/', '/en/about/']);
  });
});

describe('the English data dictionary', () => {
  test('has a description for every column of every schema, and none for a column that does not exist', () => {
    for (const table of TABLE_NAMES)
      expect(Object.keys(COLUMN_DESCRIPTIONS_EN[table]).sort(), table).toEqual(columnsOf(table).sort());
  });

  test('describes the columns the derived files add, each of them', () => {
    expect(Object.keys(READABLE_DESCRIPTIONS_EN).sort()).toEqual(Object.keys(READABLE_FIELDS).sort());
  });

  test('describes every table and the stacked file, as the Dutch page does', () => {
    expect(Object.keys(ROW_IS_EN).sort()).toEqual(Object.keys(ROW_IS).sort());
    expect(Object.keys(TABLE_TITLES_EN).sort()).toEqual(Object.keys(ROW_IS).sort());
  });

  test('is the same dictionary as the Dutch one, column for column, with English words around the Dutch names', () => {
    for (const table of TABLE_NAMES) {
      const nl = dictionary(table, empty, 'nl');
      const en = dictionary(table, empty, 'en');
      expect(en.map((e) => [e.name, e.required])).toEqual(nl.map((e) => [e.name, e.required]));
      for (const [i, entry] of en.entries()) {
        // The English text, with the schema's own length limit where it has one (the Dutch says "Hoogstens N tekens").
        const limit = /Hoogstens (\d+) tekens\.$/.exec(nl[i].description)?.[1];
        expect(entry.description, `${table}.${entry.name}`).toBe(
          `${COLUMN_DESCRIPTIONS_EN[table][entry.name]}${limit ? ` At most ${limit} characters.` : ''}`,
        );
        expect(entry.description).not.toBe(nl[i].description);
      }
    }
    const bestedingen = dictionary('bestedingen', empty, 'en');
    expect(bestedingen.find((e) => e.name === 'maatregel')?.description).toMatch(/ At most \d+ characters\.$/);
    expect(bestedingen.find((e) => e.name === 'fase')?.allowed).toBe(
      'gepland, begroot, besteed, onderbesteed, vrijgevallen',
    );
    expect(bestedingen.find((e) => e.name === 'bron')?.allowed).toBe('an id from bronnen.csv');
    expect(bestedingen.find((e) => e.name === 'bedrag_eur')?.type).toBe('whole number');
  });
});
