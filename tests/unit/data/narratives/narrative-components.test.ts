import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { NARRATIVE_COMPONENT_NAMES } from '../../../../src/data/narratives/narrative-components';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the narrative components', () => {
  test('the pages render exactly the names the narrative check allows', () => {
    // The map the pages pass to <Verhaal components={…} /> (an .astro import, so read as text here).
    const source = readFileSync(`${root}src/components/narrative/narrative-components.ts`, 'utf8');
    const map = /narrativeComponents[^=]*=\s*\{([^}]*)\}/.exec(source)![1];
    expect(map.split(',').map((entry) => entry.split(':')[0].trim()).filter(Boolean).sort()).toEqual([...NARRATIVE_COMPONENT_NAMES].sort());
  });

  test('are named in README.md, where writers look', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const name of NARRATIVE_COMPONENT_NAMES) expect(readme).toContain(`<${name} id=`);
  });

  test('are passed to every rendered narrative', () => {
    for (const page of ['src/pages/besluiten/[id].astro', 'src/pages/gemeenten/[slug].astro']) {
      // Exactly the map, or the map spread first (a gemeente page moves a narrative's headings one level down).
      expect(readFileSync(`${root}${page}`, 'utf8'), page).toMatch(/<Verhaal components=\{(narrativeComponents|\{ \.\.\.narrativeComponents, [^}]*\})\} \/>/);
    }
  });
});
