import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/*
 * Prettier's Astro plugin drops the spaces around an expression inside <caption> ("Bedragen
 * die{g.naam}van" printed "dieAalsmeervan"). A caption that mixes words and an expression is
 * therefore written as one template string; this finds any that is not.
 */
const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const astroFiles = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro'));

describe('captions keep their spaces', () => {
  test('no <caption> puts a word and an expression next to each other', () => {
    expect(astroFiles.length).toBeGreaterThan(50);
    const glued = astroFiles.flatMap((file) =>
      [...readFileSync(join(src, file), 'utf8').matchAll(/<caption>([\s\S]*?)<\/caption>/g)]
        // One expression for the whole caption is fine; words beside an expression are not.
        .filter(([, inner]) => !/^\s*\{[\s\S]*\}\s*$/.test(inner) && /[^\s>({]\{|\}[^\s<)}.,:;]/.test(inner))
        .map(([caption]) => `${file}: ${caption}`),
    );
    expect(glued).toEqual([]);
  });
});
