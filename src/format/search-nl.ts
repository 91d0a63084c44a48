import { formatDate } from './date';

/** A row of onderzocht.csv as far as its wording goes. */
export interface SearchRow {
  /** Null when the research notes do not record when the search was made (a request always has a date). */
  datum: string | null;
  resultaat: string;
  verzoek: string | null;
}

const HOW: Record<string, string> = {
  'woo-verzoek': 'met een Woo-verzoek',
  'schriftelijke vragen': 'met schriftelijke vragen van een raadslid',
};

/**
 * What a search or request came to, in plain Dutch with its date: "niets gevonden op 22 november
 * 2026", "niets gevonden (datum niet vastgelegd)", "opgevraagd op 1 oktober 2024 met een
 * Woo-verzoek", "stukken ontvangen op ...", "niets nieuws gevonden" for a round after earlier finds. One wording for the gemeente page, the research queue
 * and the request page; a date that was not recorded is said so, never borrowed.
 */
export function searchResultText(row: SearchRow, { afterFinds = false }: { afterFinds?: boolean } = {}): string {
  const date = row.datum ? formatDate(row.datum) : 'een niet vastgelegde datum';
  switch (row.resultaat) {
    case 'opgevraagd':
      return `opgevraagd op ${date}${row.verzoek ? ` ${HOW[row.verzoek] ?? `(${row.verzoek})`}` : ''}`;
    case 'ontvangen':
      return `stukken ontvangen op ${date}${row.verzoek ? ` (na ${row.verzoek === 'woo-verzoek' ? 'een Woo-verzoek' : 'schriftelijke vragen'})` : ''}`;
    case 'geweigerd':
      return `verzoek geweigerd op ${date}${row.verzoek ? ` (${row.verzoek === 'woo-verzoek' ? 'Woo-verzoek' : 'schriftelijke vragen'})` : ''}`;
    default: {
      // A later round that found nothing, for a gemeente with facts from earlier rounds, found nothing new.
      const result = afterFinds && row.resultaat === 'niets gevonden' ? 'niets nieuws gevonden' : row.resultaat;
      return row.datum ? `${result} op ${date}` : `${result} (datum niet vastgelegd)`;
    }
  }
}

/** searchResultText as a sentence of its own: capital first, where searched or whom it was asked of. */
export function searchSentence(row: SearchRow & { gezocht_in: string }): string {
  const text = searchResultText(row);
  return `${text[0].toUpperCase()}${text.slice(1)}. ${row.verzoek ? 'Gevraagd aan' : 'Gezocht in'}: ${row.gezocht_in}.`;
}
