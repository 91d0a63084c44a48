import type { GlossaryTerm } from './terms';

/** Anchors of /begrippen/ that a page links to: `href="/begrippen/#x"` gives `x`. */
export function glossaryAnchors(html: string, glossaryPath: string): string[] {
  const prefix = `href="${glossaryPath}#`;
  const found: string[] = [];
  for (let at = html.indexOf(prefix); at !== -1; at = html.indexOf(prefix, at + 1)) {
    const start = at + prefix.length;
    found.push(html.slice(start, html.indexOf('"', start)));
  }
  return found;
}

/**
 * What is wrong with the links into the glossary, one sentence each: a link to an anchor that is
 * neither a term nor a section; a term that nothing links to without saying why (`unused`); a
 * term that says it is unused while a page links to it. `links` maps a page to the anchors it links.
 */
export function glossaryProblems(
  terms: readonly GlossaryTerm[],
  sectionIds: readonly string[],
  links: Map<string, string[]>,
): string[] {
  const known = new Set([...terms.map((term) => term.id), ...sectionIds]);
  const problems: string[] = [];
  const usedBy = new Map<string, string>();
  for (const [page, anchors] of links) {
    for (const id of anchors) {
      if (!known.has(id))
        problems.push(`${page} links to the glossary term "${id}", which src/glossary/terms.ts does not define.`);
      if (!usedBy.has(id)) usedBy.set(id, page);
    }
  }
  for (const term of terms) {
    const page = usedBy.get(term.id);
    if (!page && !term.unused)
      problems.push(
        `The glossary term "${term.id}" is defined but no page links to it: link its first use with <Term id="${term.id}">, or give it \`unused\` with the reason.`,
      );
    if (page && term.unused)
      problems.push(
        `The glossary term "${term.id}" says no page links to it (${term.unused}), but ${page} does: remove \`unused\`.`,
      );
  }
  return problems;
}
