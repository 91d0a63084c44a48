import type { Dataset } from '../data/load-dataset';
import { quoteExceptions } from '../data/validate/check-quotes';
import type { QuoteException } from '../data/validate/check-quotes';

/**
 * The figures the method page states, counted from the data once for both languages (/methode/
 * and /en/method/), so the Dutch and the English text can never give different numbers.
 */
export interface MethodFacts {
  /** Every row whose amount the build cannot find in its own quote, with the reason the data gives. */
  exceptions: QuoteException[];
  /** The slug of the gemeente of a spending line, for links to its row. */
  slugOf: Map<string, string>;
  /** Spending lines whose aim the source names, and those the editors classified. */
  sourceLines: number;
  editorLines: number;
  /** Inhabitants of all gemeenten together on 1 January of a year (the sum the build checks against CBS). */
  population: (year: number) => number;
}

export function methodFacts(dataset: Dataset): MethodFacts {
  const slugs = new Map(dataset.gemeenten.map((g) => [g.cbs_code, g.slug]));
  return {
    exceptions: quoteExceptions(dataset),
    slugOf: new Map(dataset.bestedingen.map((b) => [b.id, slugs.get(b.cbs_code)!])),
    sourceLines: dataset.bestedingen.filter((b) => b.doel_door === 'bron').length,
    editorLines: dataset.bestedingen.filter((b) => b.doel_door === 'redactie').length,
    population: (year) => dataset.inwoners.filter((r) => r.jaar === year).reduce((sum, r) => sum + r.inwoners, 0),
  };
}
