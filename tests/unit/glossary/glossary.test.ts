import { describe, expect, test } from 'vitest';
import { SECTIONS, TERMS, glossaryTerm, termHref } from '../../../src/glossary/terms';
import { glossaryAnchors, glossaryProblems } from '../../../src/glossary/check-links';
import type { GlossaryTerm } from '../../../src/glossary/terms';

const term = (id: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  term: id,
  section: 'geld',
  definition: `Uitleg van ${id}.`,
  ...extra,
});

describe('the terms file', () => {
  test('holds every term the issue names, each with its own anchor', () => {
    const ids = TERMS.map((t) => t.id);
    for (const id of [
      'pok',
      'pok-middelen',
      'gemeentefonds',
      'algemene-uitkering',
      'decentralisatie-uitkering',
      'circulaire',
      'decembercirculaire',
      'meicirculaire',
      'college',
      'raad',
      'raadsinformatiebrief',
      'collegebesluit',
      'bestuursrapportage',
      'begroting',
      'jaarrekening',
      'jaarverslag',
      'hersteloperatie',
      'woo-verzoek',
    ])
      expect(ids).toContain(id);
    for (const prefix of ['doel-', 'fase-', 'precisie-', 'dekking-'])
      expect(ids.filter((id) => id.startsWith(prefix)).length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    // Anchors are used as ids on the page: no clash with a section.
    for (const section of SECTIONS) expect(ids).not.toContain(section.id);
  });

  test('each definition is short plain text, and each source a public https address', () => {
    for (const t of TERMS) {
      expect(t.definition.length, t.id).toBeGreaterThan(20);
      expect(t.definition.length, t.id).toBeLessThanOrEqual(320);
      expect(t.definition, t.id).not.toMatch(/[<>]/);
      if (t.source) expect(t.source.url, t.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(SECTIONS.map((s) => s.id)).toContain(t.section);
    }
  });

  test('a term link points into /begrippen/, and an unknown term stops the build', () => {
    expect(termHref('gemeentefonds')).toBe('/begrippen/#gemeentefonds');
    expect(glossaryTerm('raad').term).toMatch(/^Raad/);
    expect(() => glossaryTerm('gemeentefond')).toThrow(/No term "gemeentefond"/);
  });
});

describe('the build check of links into the glossary', () => {
  test('reads the anchors of links to the glossary, and nothing else', () => {
    const html =
      '<a href="/begrippen/#raad">raad</a> <a href="/begrippen/">alle</a> <a href="/over/#raad">x</a> <a class="term" href="/begrippen/#pok" data-x>POK</a>';
    expect(glossaryAnchors(html, '/begrippen/')).toEqual(['raad', 'pok']);
  });

  test('passes when every link has a definition and every definition is linked or says why not', () => {
    const terms = [term('raad'), term('college'), term('woo-verzoek', { unused: 'nog geen pagina' })];
    expect(
      glossaryProblems(
        terms,
        ['bestuur'],
        new Map([
          ['/a/', ['raad', 'bestuur']],
          ['/b/', ['college']],
        ]),
      ),
    ).toEqual([]);
  });

  test('names a link without definition, an unlinked term without reason, and a stale reason', () => {
    const terms = [term('raad'), term('college'), term('woo-verzoek', { unused: 'nog geen pagina' })];
    const problems = glossaryProblems(
      terms,
      [],
      new Map([
        ['/a/', ['raad', 'raadd']],
        ['/b/', ['woo-verzoek']],
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^\/a\/ links to the glossary term "raadd"/);
    expect(problems.some((p) => /"college" is defined but no page links to it/.test(p))).toBe(true);
    expect(
      problems.some((p) => /"woo-verzoek" says no page links to it \(nog geen pagina\), but \/b\/ does/.test(p)),
    ).toBe(true);
  });
});
