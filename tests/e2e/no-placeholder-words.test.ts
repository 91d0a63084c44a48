import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outDir } from './page-types';

/*
 * An empty value must be said in words ("niet genoemd"), never leak as a program's placeholder: a
 * year column left empty by the period rule once printed "uit null naar een later jaar" on
 * /vergelijk/ and in its downloads. This reads every built page and every CSV download.
 */
const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => /\.(html|csv)$/.test(f));
const PLACEHOLDER = /\b(null|undefined|NaN)\b/;

/** The text a reader sees or a spreadsheet holds: no scripts, no JSON, no tags, no <code> (where "null" is the JSON word itself). */
function readable(file: string): string {
  const text = readFileSync(join(outDir, file), 'utf8');
  if (file.endsWith('.csv')) return text;
  return text.replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
}

describe('no placeholder words in what people read', () => {
  test('no page and no CSV download says "null", "undefined" or "NaN"', () => {
    expect(files.length).toBeGreaterThan(500);
    const found = files.flatMap((file) => {
      const m = PLACEHOLDER.exec(readable(file));
      return m ? [`${file}: …${readable(file).slice(Math.max(0, m.index - 60), m.index + 20)}…`] : [];
    });
    expect(found.slice(0, 20)).toEqual([]);
  });
});
