/**
 * Corrections made to figures on the site. Kept as a typed module, not a CSV table in data/:
 * data/ holds facts about gemeenten and every table there becomes part of the open data and its
 * schema; a correction is an editorial notice about this site. No correction has been made yet.
 */
export interface Correction {
  /** Stable id, used as the anchor on /correcties/ (e.g. "2026-12-01-amstelveen-toekenning"). */
  id: string;
  /** Date of the correction, YYYY-MM-DD. */
  datum: string;
  /** Id of the corrected row (the figure's anchor without its prefix), e.g. "amstelveen-pok-totaal". */
  rij: string;
  /** What was shown before, in plain words. */
  was: string;
  /** What is shown now. */
  wordt: string;
  /** Why it changed and who reported it (if they agreed to be named). */
  uitleg: string;
}

/** Every correction, newest first. Empty: no figure has been corrected yet. */
export const CORRECTIONS: readonly Correction[] = [];

/** The corrections of one figure, by the id of its data row. */
export function correctionsFor(rowId: string, corrections: readonly Correction[] = CORRECTIONS): Correction[] {
  return corrections.filter((c) => c.rij === rowId);
}
