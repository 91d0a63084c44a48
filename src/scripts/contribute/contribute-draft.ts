/**
 * What someone types on /meedoen/ survives a reload: the draft is kept in this browser's
 * localStorage on this device only (never sent anywhere, no cookie), as the page says. It is
 * written on every change and read back when the page opens; "Begin opnieuw" removes it.
 */
import type { Contribution, FactTable } from '../../contribute/contribution';

const KEY = 'pok-in-beeld:meedoen-concept';

/** A draft: what the form held, and when it was saved. */
export interface Draft extends Contribution {
  savedAt: string;
}

/** Saves the draft; a browser that refuses storage (private mode, full) just keeps no draft. */
export function saveDraft(contribution: Contribution): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...contribution, savedAt: new Date().toISOString() } satisfies Draft));
  } catch {
    // No storage: the form works as before, only without surviving a reload.
  }
}

/** The saved draft, or null when there is none (or it cannot be read). */
export function loadDraft(): Draft | null {
  try {
    const text = localStorage.getItem(KEY);
    if (!text) return null;
    const draft = JSON.parse(text) as Draft;
    return typeof draft === 'object' && draft && Array.isArray(draft.facts) ? draft : null;
  } catch {
    return null;
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** True when a draft holds anything typed: an empty form is not worth restoring. */
export const draftHasContent = (draft: Contribution) =>
  draft.cbsCode !== '' || Object.values(draft.bron).some((value) => value !== '') || draft.facts.length > 0;

/** Sets the named controls inside `root` to the values of `cells` (unknown names are skipped). */
export function fillControls(root: ParentNode, cells: Record<string, string>): void {
  for (const [name, value] of Object.entries(cells)) {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      `.field [name="${CSS.escape(name)}"]`,
    );
    if (control) control.value = value;
  }
}

/** The facts of a draft whose kind the form still offers (a draft from an older page may hold others). */
export const knownFacts = (draft: Draft, offered: readonly FactTable[]) =>
  draft.facts.filter((fact) => offered.includes(fact.table));
