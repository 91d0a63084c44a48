import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/dataset/validate-dataset';
import { parseCsv } from '../../src/lib/csv/parse-csv';
import { TABLES, TABLE_NAMES } from '../../src/lib/schemas/tables';
import { formatIssue } from '../../src/lib/validate/issue';
const load = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, readFileSync(`tests/fixtures/valid/${TABLES[t].file}`)]));
test('probe', () => {
  const r = validateDataset(load());
  console.log('VALID', r.issues.map(formatIssue));
  const f = load();
  f.toekenningen = Buffer.from(readFileSync('tests/fixtures/valid/toekenningen.csv', 'utf8').replace('92000', '"12,5"'));
  console.log('12,5', validateDataset(f).issues.map(formatIssue));
  for (const s of ['a,b\n1,"x\n2,3\n', 'a,b\n1,x"y\n2,3\n', 'a,b\n1,"x"y\n2,3\n', 'a,b\n"1\n2",3\n4,"5\n']) console.log(JSON.stringify(s), parseCsv(Buffer.from(s), 'f', ['a','b']).issues.map(formatIssue));
});
