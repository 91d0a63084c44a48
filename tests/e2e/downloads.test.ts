import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import { checkCsvAgainstSchema, frictionlessValidators, parseCsv } from '../unit/publish/frictionless-check';
import type { Resource, Schema } from '../unit/publish/frictionless-check';
import { dcatProblems, flattenCatalogue } from '../unit/publish/dcat-check';
import { SHAPE_SETS, describeResults, shaclResults } from '../unit/publish/dcat-shacl';

/*
 * Round trip of every download on the built site against data/: the expected values come from
 * parsing data/ here with Papa, never from the code that wrote the downloads.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.POK_OUT_DIR ? `${process.env.POK_OUT_DIR.replace(/\/$/, '')}/` : `${root}dist/`;
const base = inject('baseUrl');
const published = (path: string) => readFileSync(`${dist}data/${path}`, 'utf8');
const DATA_FILES = readdirSync(`${root}data`).filter((f) => f.endsWith('.csv'));
const FACT_TABLES = [
  'rijksmiddelen',
  'toekenningen',
  'bestedingen',
  'verschuivingen',
  'besluiten',
  'resultaten',
  'vermeldingen',
];

/** data/{file} as a header and rows of raw strings. */
function source(file: string) {
  return parseCsv(readFileSync(`${root}data/${file}`, 'utf8'));
}
/** data/{file} as objects keyed by column. */
function sourceRecords(file: string): Record<string, string>[] {
  const { header, rows } = source(file);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}
/** A JSON value written back as the text data/ uses. */
function raw(value: unknown): string {
  if (value === null) return '';
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  return String(value);
}
const gitOut = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
/** The fact tables a gemeente has files of, one per table: those with a cbs_code. */
const GEMEENTE_TABLES = FACT_TABLES.filter((table) => table !== 'rijksmiddelen');
/** What derived files add to a row, worked out here from data/: the gemeente's name and the source's title, date and address. */
const gemeenteNames = new Map(sourceRecords('gemeenten.csv').map((g) => [g.cbs_code, g.naam]));
const sourcesById = new Map(sourceRecords('bronnen.csv').map((b) => [b.id, b]));
function readable(row: Record<string, string>): Record<string, string> {
  const names = gemeenteNames;
  const source = sourcesById.get(row.bron);
  return {
    gemeente: row.cbs_code ? (names.get(row.cbs_code) ?? '') : '',
    bron_titel: source?.titel ?? '',
    bron_datum: source?.datum ?? '',
    bron_adres: source ? source.url || source.vindplaats : '',
  };
}
/** A table's header with the derived columns: the name after cbs_code, the source's title, date and address after bron. */
const readableHeader = (header: string[]) =>
  header.flatMap((c) =>
    c === 'cbs_code' ? [c, 'gemeente'] : c === 'bron' ? [c, 'bron_titel', 'bron_datum', 'bron_adres'] : [c],
  );

describe('canonical CSV downloads', () => {
  test.each(DATA_FILES)('/data/%s is served and equals data/ byte for byte', async (file) => {
    const response = await fetch(`${base}/data/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text).toBe(readFileSync(`${root}data/${file}`, 'utf8'));
    expect(parseCsv(text)).toEqual(source(file));
  });
});

describe('JSON downloads', () => {
  test.each(DATA_FILES)('%s as JSON has every row and value of data/, typed', (file) => {
    const json = JSON.parse(published(file.replace(/\.csv$/, '.json'))) as {
      rijen: Record<string, unknown>[];
      dataversie: { commit: string | null };
      licentie: { url: string };
    };
    const { header, rows } = source(file);
    expect(json.rijen).toHaveLength(rows.length);
    json.rijen.forEach((row, index) => {
      expect(Object.keys(row)).toEqual(header);
      expect(header.map((h) => raw(row[h]))).toEqual(rows[index]);
      for (const h of header) {
        // Numbers come out as JSON numbers, never as text.
        if (typeof row[h] === 'string')
          expect(
            /^\d+$/.test(row[h] as string) &&
              /^(jaar|van_jaar|naar_jaar|jaar_van|jaar_tot|inwoners|bedrag_.*)$/.test(h),
            `${file} ${h}`,
          ).toBe(false);
      }
    });
    expect(json.dataversie.commit).toBe(gitOut('log', '-1', '--first-parent', '--format=%h', '--', 'data/'));
    expect(json.licentie.url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
  });
});

describe('Excel downloads', () => {
  test.each(DATA_FILES)('excel/%s has a BOM, semicolons, and the values of data/', (file) => {
    const bytes = readFileSync(`${dist}data/excel/${file.replace(/\.csv$/, '-excel.csv')}`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${source(file).header.join(';')}`);
    const parsed = parseCsv(text, ';');
    const cells = parsed.rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?$/.test(cell))).toEqual([]);
    // Undo the Excel adjustments: a neutralised cell's apostrophe, a decimal comma in a number field.
    // The Excel copy is not in the data package (a convenience copy); its columns are those of the canonical CSV.
    const pkg = JSON.parse(published('datapackage.json')) as { resources: Resource[] };
    const schema = pkg.resources.find((r) => r.path === file)!.schema as Schema;
    const undo = (cell: string, column: number) => {
      const field = schema.fields[column];
      const unquoted = /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
      return field.type === 'number' ? unquoted.replace(',', '.') : unquoted;
    };
    expect({ header: parsed.header, rows: parsed.rows.map((row) => row.map(undo)) }).toEqual(source(file));
  });
});

describe('alles', () => {
  const alles = parseCsv(published('alles.csv'));
  const records = alles.rows.map((row) => Object.fromEntries(alles.header.map((h, i) => [h, row[i]])));
  const names = new Map(sourceRecords('gemeenten.csv').map((g) => [g.cbs_code, g.naam]));

  test('has every row of every fact table exactly once', () => {
    const expected = FACT_TABLES.flatMap((table) => sourceRecords(`${table}.csv`).map((row) => `${table}/${row.id}`));
    expect(records.map((r) => `${r.tabel}/${r.id}`).sort()).toEqual(expected.sort());
  });

  test("each row carries the values of its source row, the gemeente name, its source's title, date and address, and nothing else", () => {
    const byKey = new Map(
      FACT_TABLES.flatMap((table) => sourceRecords(`${table}.csv`).map((row) => [`${table}/${row.id}`, row] as const)),
    );
    for (const record of records) {
      const original = byKey.get(`${record.tabel}/${record.id}`)!;
      const added = readable(original);
      for (const column of alles.header) {
        if (column === 'tabel') continue;
        if (column === 'gemeente') expect(record.gemeente).toBe(original.cbs_code ? names.get(original.cbs_code) : '');
        else if (column in added) expect(record[column], `${record.tabel}/${record.id} ${column}`).toBe(added[column]);
        else expect(record[column], `${record.tabel}/${record.id} ${column}`).toBe(original[column] ?? '');
      }
      expect(record.bron_titel, `${record.tabel}/${record.id}`).not.toBe('');
    }
  });

  test('the JSON and Excel variants hold the same rows', () => {
    const json = JSON.parse(published('alles.json')) as { rijen: Record<string, unknown>[] };
    expect(json.rijen.map((row) => alles.header.map((h) => raw(row[h])))).toEqual(alles.rows);
    const excel = parseCsv(published('excel/alles-excel.csv'), ';');
    expect(excel).toEqual(alles);
  });
});

describe('per gemeente', () => {
  const gemeenten = sourceRecords('gemeenten.csv');
  const alles = parseCsv(published('alles.csv'));
  const withCode = DATA_FILES.filter((file) => source(file).header.includes('cbs_code'));

  test('every gemeente has a CSV with exactly its rows of alles and a JSON with its rows of every table', () => {
    const codeColumn = alles.header.indexOf('cbs_code');
    for (const g of gemeenten) {
      const csv = parseCsv(published(`gemeenten/${g.slug}.csv`));
      expect(csv.header).toEqual(alles.header);
      expect(csv.rows, g.slug).toEqual(alles.rows.filter((row) => row[codeColumn] === g.cbs_code));
      const json = JSON.parse(published(`gemeenten/${g.slug}.json`)) as {
        cbs_code: string;
        tabellen: Record<string, Record<string, unknown>[]>;
      };
      expect(json.cbs_code).toBe(g.cbs_code);
      for (const file of withCode) {
        const table = file.replace(/\.csv$/, '');
        const { header, rows } = source(file);
        const expected = rows.filter((row) => row[header.indexOf('cbs_code')] === g.cbs_code);
        expect(
          (json.tabellen[table] ?? []).map((row) => header.map((h) => raw(row[h]))),
          `${g.slug} ${table}`,
        ).toEqual(expected);
      }
    }
  });
});

describe('per gemeente, one file per table', () => {
  const gemeenten = sourceRecords('gemeenten.csv');

  test("a journalist's task, from the per-gemeente download alone: every spending line with gemeente name, amount, years and source title", () => {
    const titles = new Map(sourceRecords('bronnen.csv').map((b) => [b.id, b.titel]));
    let lines = 0;
    for (const g of gemeenten) {
      // Only the one file is read; the expected lines come from data/ with its own join.
      if (!existsSync(`${dist}data/gemeenten/${g.slug}/bestedingen.csv`)) {
        // No file means no spending line of this gemeente in data/.
        expect(
          sourceRecords('bestedingen.csv').some((row) => row.cbs_code === g.cbs_code),
          g.slug,
        ).toBe(false);
        continue;
      }
      const file = parseCsv(published(`gemeenten/${g.slug}/bestedingen.csv`));
      const at = (row: string[], column: string) => row[file.header.indexOf(column)];
      const listed = file.rows.map(
        (row) =>
          `${at(row, 'gemeente')}: ${at(row, 'bedrag_eur') || 'geen bedrag'} (${at(row, 'jaar_van')}-${at(row, 'jaar_tot')}), bron: ${at(row, 'bron_titel')}`,
      );
      const expected = sourceRecords('bestedingen.csv')
        .filter((row) => row.cbs_code === g.cbs_code)
        .map(
          (row) =>
            `${g.naam}: ${row.bedrag_eur || 'geen bedrag'} (${row.jaar_van}-${row.jaar_tot}), bron: ${titles.get(row.bron)}`,
        );
      expect(listed, g.slug).toEqual(expected);
      lines += listed.length;
    }
    expect(lines).toBe(sourceRecords('bestedingen.csv').length);
  });

  test("every gemeente has a file per fact table it has rows in: only that table's columns plus the name and the source, and exactly its rows", () => {
    for (const table of GEMEENTE_TABLES) {
      const { header, rows } = source(`${table}.csv`);
      const records = sourceRecords(`${table}.csv`);
      for (const g of gemeenten) {
        const has = records.some((row) => row.cbs_code === g.cbs_code);
        expect(existsSync(`${dist}data/gemeenten/${g.slug}/${table}.csv`), `${g.slug} ${table}`).toBe(has);
        expect(existsSync(`${dist}data/excel/gemeenten/${g.slug}/${table}-excel.csv`), `${g.slug} ${table}`).toBe(has);
        if (!has) continue;
        const file = parseCsv(published(`gemeenten/${g.slug}/${table}.csv`));
        expect(file.header, `${g.slug} ${table}`).toEqual(readableHeader(header));
        const expected = records
          .filter((row) => row.cbs_code === g.cbs_code)
          .map((row) => ({ ...row, ...readable(row) }));
        expect(file.rows, `${g.slug} ${table}`).toEqual(expected.map((row) => file.header.map((h) => row[h])));
        // The Excel variant: the same cells, after a byte-order mark, with semicolons.
        const excel = readFileSync(`${dist}data/excel/gemeenten/${g.slug}/${table}-excel.csv`);
        expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(parseCsv(excel.toString('utf8'), ';'), `${g.slug} ${table} excel`).toEqual(file);
      }
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  test('the gemeente page links the files of the tables it has rows in', () => {
    const page = readFileSync(`${dist}gemeenten/amstelveen/index.html`, 'utf8');
    expect(page).toContain('href="/data/gemeenten/amstelveen/bestedingen.csv"');
    expect(page).toContain('href="/data/excel/gemeenten/amstelveen/bestedingen-excel.csv"');
  });
});

describe('per gemeente, for Excel', () => {
  test('every gemeente CSV has an Excel variant with a BOM, semicolons and the same rows, linked from its page', () => {
    for (const g of sourceRecords('gemeenten.csv')) {
      const bytes = readFileSync(`${dist}data/excel/gemeenten/${g.slug}-excel.csv`);
      expect([...bytes.subarray(0, 3)], g.slug).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(bytes.toString('utf8'), ';'), g.slug).toEqual(parseCsv(published(`gemeenten/${g.slug}.csv`)));
    }
    const page = readFileSync(`${dist}gemeenten/amstelveen/index.html`, 'utf8');
    expect(page).toContain('href="/data/excel/gemeenten/amstelveen-excel.csv"');
  });
});

describe('datapackage.json', () => {
  const pkg = JSON.parse(published('datapackage.json')) as {
    resources: (Resource & { bytes: number; hash: string; format: string })[];
    version?: string;
  };
  const validators = frictionlessValidators();

  test('validates against the Data Package and Table Schema profiles', () => {
    expect(validators.dataPackage(pkg), JSON.stringify(validators.dataPackage.errors)).toBe(true);
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      expect(validators.tableSchema(resource.schema), resource.name).toBe(true);
    }
  });

  test('every resource path exists, with the stated size and MD5 hash', async () => {
    for (const resource of pkg.resources) {
      const response = await fetch(`${base}/data/${resource.path}`);
      expect(response.status, resource.path).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(createHash('md5').update(bytes).digest('hex'), resource.path).toBe(resource.hash);
    }
  });

  test('describes every table of data/ with its real columns, as CSV and JSON; the Excel copy is served but not listed', () => {
    for (const file of DATA_FILES) {
      const table = file.replace(/\.csv$/, '');
      const csv = pkg.resources.find((r) => r.path === file)!;
      expect(csv.schema!.fields.map((f) => f.name)).toEqual(source(file).header);
      expect(pkg.resources.some((r) => r.path === `excel/${table}-excel.csv`)).toBe(false);
      expect(existsSync(`${dist}data/excel/${table}-excel.csv`)).toBe(true);
      expect(pkg.resources.some((r) => r.path === `${table}.json`)).toBe(true);
    }
  });

  test('every published CSV, per-gemeente files included, matches its Table Schema', () => {
    const lookup = (name: string, column: string) => {
      const target = pkg.resources.find((r) => r.name === name)!;
      const { header, rows } = parseCsv(published(target.path), target.dialect?.delimiter);
      return new Set(rows.map((row) => row[header.indexOf(column)]));
    };
    for (const resource of pkg.resources.filter((r) => r.schema)) {
      expect(checkCsvAgainstSchema(published(resource.path), resource, lookup)).toEqual([]);
    }
    const allesResource = pkg.resources.find((r) => r.name === 'alles')!;
    for (const g of sourceRecords('gemeenten.csv')) {
      expect(
        checkCsvAgainstSchema(
          published(`gemeenten/${g.slug}.csv`),
          { ...allesResource, path: `gemeenten/${g.slug}.csv` },
          lookup,
        ),
      ).toEqual([]);
    }
    // A table's file per gemeente: the table's own schema, with the added columns (text) where they stand.
    const added = new Map(allesResource.schema!.fields.map((f) => [f.name, f]));
    for (const table of GEMEENTE_TABLES) {
      const resource = pkg.resources.find((r) => r.path === `${table}.csv`)!;
      const own = new Map(resource.schema!.fields.map((f) => [f.name, f]));
      const schema = {
        ...resource.schema!,
        fields: readableHeader(resource.schema!.fields.map((f) => f.name)).map(
          (name) => own.get(name) ?? added.get(name)!,
        ),
      };
      for (const g of sourceRecords('gemeenten.csv')) {
        const path = `gemeenten/${g.slug}/${table}.csv`;
        if (!existsSync(`${dist}data/${path}`)) continue;
        expect(checkCsvAgainstSchema(published(path), { ...resource, path, schema }, lookup)).toEqual([]);
      }
    }
  });

  test('names the data version: date and short commit of the last change to data/', () => {
    const [date, commit] = gitOut('log', '-1', '--first-parent', '--format=%cs %h', '--', 'data/').split(' ');
    expect(pkg.version).toBe(`${date}+${commit}`);
  });
});

describe('catalogus.jsonld', () => {
  test.each(Object.keys(SHAPE_SETS) as (keyof typeof SHAPE_SETS)[])(
    'checked against the official DCAT-AP 3.0.1 SHACL shapes (%s): 0 violations',
    async (set) => {
      const catalogue = JSON.parse(published('catalogus.jsonld')) as Record<string, unknown>;
      const results = await shaclResults(catalogue, set, `${base}/data/catalogus.jsonld`);
      expect(describeResults(results.filter((r) => r.severity === 'Violation'))).toEqual([]);
      expect(results.length).toBeLessThan(10);
    },
  );

  test('read as JSON-LD: every mandatory DCAT-AP(-NL) property per class', async () => {
    const catalogue = JSON.parse(published('catalogus.jsonld')) as Record<string, unknown>;
    expect(await dcatProblems(catalogue, `${base}/data/catalogus.jsonld`)).toEqual([]);
  });

  test('offers every table file for download, with licence, publisher and modified date', async () => {
    const nodes = [
      ...(await flattenCatalogue(JSON.parse(published('catalogus.jsonld')), `${base}/data/catalogus.jsonld`)).values(),
    ];
    const dataset = nodes.find((n) =>
      (n['@type'] as string[] | undefined)?.includes('http://www.w3.org/ns/dcat#Dataset'),
    )!;
    const first = (node: Record<string, unknown>, property: string) => (node[property] as Record<string, string>[])[0];
    expect(first(dataset, 'http://purl.org/dc/terms/license')['@id']).toMatch(
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
    const publisher = nodes.find((n) => n['@id'] === first(dataset, 'http://purl.org/dc/terms/publisher')['@id'])!;
    expect(first(publisher, 'http://xmlns.com/foaf/0.1/name')['@value']).toBeTruthy();
    expect(first(dataset, 'http://purl.org/dc/terms/modified')['@value']).toBe(
      gitOut('log', '-1', '--first-parent', '--format=%cs', '--', 'data/'),
    );
    const urls = nodes
      .filter((n) => (n['@type'] as string[] | undefined)?.includes('http://www.w3.org/ns/dcat#Distribution'))
      .map((d) => new URL(first(d, 'http://www.w3.org/ns/dcat#downloadURL')['@id']).pathname);
    for (const file of DATA_FILES) expect(urls).toContain(`/data/${file}`);
    for (const path of urls) expect(existsSync(`${dist}${path.slice(1)}`), path).toBe(true);
  });
});

describe('the changelog', () => {
  test('the page and the Atom feed list every commit that changed data/, or say why they cannot', () => {
    const page = readFileSync(`${dist}data/wijzigingen/index.html`, 'utf8');
    const feed = published('wijzigingen/atom.xml');
    expect(feed).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const shallow = gitOut('rev-parse', '--is-shallow-repository') === 'true';
    const commits = gitOut('log', '--first-parent', '--format=%h', '--', 'data/').split('\n').filter(Boolean);
    expect(commits.length).toBeGreaterThan(0);
    for (const commit of commits) {
      expect(page, commit).toContain(`id="versie-${commit}"`);
      expect(feed, commit).toContain(`#versie-${commit}`);
    }
    expect((feed.match(/<entry>/g) ?? []).length).toBe(commits.length);
    if (shallow) expect(page).toContain('id="geschiedenis-onvolledig"');
    else expect(page).not.toContain('geschiedenis-');
    // The feed's own date is its newest entry's, never the epoch.
    expect(/<updated>([^<]+)<\/updated>/.exec(feed)![1]).not.toMatch(/^1970/);
  });
});
