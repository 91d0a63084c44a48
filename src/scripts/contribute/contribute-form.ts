/**
 * The /meedoen/ checker: reads the form, checks it with the build's own schemas and checks
 * (checkContribution), shows each problem at its field in Dutch with the build's rule name, and
 * when all is well shows the exact CSV lines for data/ with copy and download buttons and, when
 * the site names a channel, a prefilled message. It sends nothing itself.
 */
import type { ContributionIssue } from '../../contribute/check-contribution';
import type { Contribution, FactTable } from '../../contribute/contribution';
import type { DataFiles } from '../../data/validate-dataset';
import type { TableName } from '../../data/schemas/tables';
import { ruleTextNl } from '../../data/validate/rule-text-nl';
import { showRows } from './contribute-output';
import { clearDraft, draftHasContent, fillControls, knownFacts, loadDraft, saveDraft } from './contribute-draft';

type Checker = typeof import('./contribute-check');

const controlsOf = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('.field [name]'),
];

class ContributeForm extends HTMLElement {
  private loaded: Promise<[DataFiles, Checker]> | null = null;
  private added = 0;
  private form!: HTMLFormElement;
  private list!: HTMLElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.list = this.querySelector('#feitenlijst')!;
    this.form.hidden = false;
    for (const note of document.querySelectorAll<HTMLElement>('[data-without-js]')) note.hidden = true;
    this.querySelector('#voeg-feit-toe')!.addEventListener('click', () => {
      this.addFact(this.querySelector<HTMLSelectElement>('#nieuw-feit')!.value as FactTable);
      saveDraft(this.read());
    });
    this.list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-remove-fact]');
      if (button) this.removeFact(button.closest('fieldset')!);
    });
    this.querySelector('#begin-opnieuw')!.addEventListener('click', () => this.startOver());
    // Every change is kept in this browser at once, so a reload or a crash loses nothing.
    this.form.addEventListener('input', () => saveDraft(this.read()));
    this.form.addEventListener('change', () => saveDraft(this.read()));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.check();
    });
    this.restore();
  }

  /** Puts back what was typed before a reload, and says so. */
  private restore() {
    const draft = loadDraft();
    if (!draft || !draftHasContent(draft)) return;
    fillControls(this.querySelector('#bron')!, { cbs_code: draft.cbsCode, ...draft.bron });
    const offered = [...this.querySelectorAll<HTMLTemplateElement>('template[data-fact-template]')].map(
      (t) => t.dataset.factTemplate as FactTable,
    );
    for (const fact of knownFacts(draft, offered)) {
      this.addFact(fact.table, false);
      fillControls(this.list.lastElementChild!, fact.cells);
    }
    const saved = new Date(draft.savedAt);
    const when = Number.isNaN(saved.getTime())
      ? ''
      : ` van ${saved.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })}`;
    this.status('#concept-status', `Wat u eerder invulde${when} staat er weer.`);
  }

  /** Removes a fact, after asking when something was typed in it: typed text is never lost by one click. */
  private removeFact(fieldset: HTMLFieldSetElement) {
    const number = [...this.list.children].indexOf(fieldset) + 1;
    const typed = controlsOf(fieldset).some((control) => control.value !== '');
    if (typed && !window.confirm(`Feit ${number} verwijderen? Wat u daarin invulde, gaat verloren.`)) return;
    fieldset.remove();
    this.renumber();
    saveDraft(this.read());
    this.status('#feiten-status', `Feit ${number} verwijderd.`);
    this.querySelector<HTMLElement>('#nieuw-feit')!.focus();
  }

  /** Empties the whole form and the saved draft, after asking. */
  private startOver() {
    if (
      draftHasContent(this.read()) &&
      !window.confirm('Alles wissen wat u hebt ingevuld? Dat kan niet ongedaan worden.')
    )
      return;
    this.form.reset();
    this.list.replaceChildren();
    clearDraft();
    this.clearErrors();
    for (const selector of ['#foutoverzicht', '#uitkomst']) this.querySelector<HTMLElement>(selector)!.hidden = true;
    this.status('#concept-status', 'Het formulier is leeg. Er is niets meer bewaard.');
    this.querySelector<HTMLElement>('#gemeente')!.focus();
  }

  private status(selector: string, text: string) {
    const element = this.querySelector(selector);
    if (element) element.textContent = text;
  }

  private addFact(table: FactTable, focus = true) {
    this.added += 1;
    const template = this.querySelector<HTMLTemplateElement>(`template[data-fact-template="${table}"]`)!;
    this.list.insertAdjacentHTML(
      'beforeend',
      template.innerHTML.replaceAll(`tpl-${table}-__N__`, `feit-${this.added}`),
    );
    this.renumber();
    const number = this.list.children.length;
    if (!focus) return;
    this.status('#feiten-status', `Feit ${number} toegevoegd.`);
    controlsOf(this.list.lastElementChild!)[0]?.focus();
  }

  /** Legends and buttons say "feit 1, 2, ..." in the order shown, also after a removal. */
  private renumber() {
    [...this.list.children].forEach((fieldset, index) => {
      for (const element of fieldset.querySelectorAll('legend, [data-remove-fact]')) {
        element.textContent = element.textContent!.replace(/(__NR__|\d+)/, String(index + 1));
      }
    });
  }

  private read(): Contribution {
    const cells = (root: ParentNode) =>
      Object.fromEntries(controlsOf(root).map((control) => [control.name, control.value]));
    const { cbs_code: cbsCode = '', ...bron } = cells(this.querySelector('#bron')!);
    const facts = [...this.list.querySelectorAll<HTMLElement>('fieldset.fact')].map((fieldset) => ({
      table: fieldset.dataset.table as FactTable,
      cells: cells(fieldset),
    }));
    return { cbsCode, bron, facts };
  }

  /** The control an issue belongs to: its own field, or the gemeente and source the page filled in. */
  private controlFor(issue: ContributionIssue): HTMLElement | null {
    if (issue.row > 0 && issue.column === 'cbs_code') return this.querySelector('#gemeente');
    if (issue.row > 0 && issue.column === 'bron') return this.querySelector('#bron-id');
    const root =
      issue.row === 0 ? this.querySelector('#bron') : this.list.querySelectorAll('fieldset.fact')[issue.row - 1];
    return root?.querySelector<HTMLElement>(`.field[data-column="${issue.column}"] [name]`) ?? null;
  }

  private clearErrors() {
    for (const control of this.form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    for (const error of this.form.querySelectorAll<HTMLElement>('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
  }

  /**
   * The files of data/ and the checker with the build's validation, fetched on first use. Public:
   * the parity test runs the bad-data corpus through this very module in the browser.
   */
  load(): Promise<[DataFiles, Checker]> {
    this.loaded ??= Promise.all([
      fetch(this.dataset.known!).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<{ tables: Partial<Record<TableName, string>> }>;
      }),
      import('./contribute-check'),
    ]).then(([known, checker]) => [checker.filesOfTexts(known.tables), checker]);
    return this.loaded;
  }

  private async check() {
    this.clearErrors();
    const summary = this.querySelector<HTMLElement>('#foutoverzicht')!;
    const output = this.querySelector<HTMLElement>('#uitkomst')!;
    let files: DataFiles;
    let checker: Checker;
    try {
      [files, checker] = await this.load();
    } catch {
      this.loaded = null;
      summary.querySelector('ul')!.innerHTML =
        '<li>De lijst van bestaande gemeenten en bronnen kon niet worden geladen. Probeer het opnieuw.</li>';
      summary.hidden = false;
      summary.focus();
      return;
    }
    const { rows, issues } = checker.checkContribution(this.read(), files);
    if (issues.length > 0) {
      output.hidden = true;
      this.showIssues(issues, summary);
      return;
    }
    summary.hidden = true;
    const channel = { contactEmail: this.dataset.email ?? null, repositoryUrl: this.dataset.repository ?? null };
    showRows(rows, output, checker, channel, (text) => this.status('[data-copy-status]', text));
  }

  private showIssues(issues: ContributionIssue[], summary: HTMLElement) {
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    // In the order of the form, and once per field and rule: a missing gemeente is one problem,
    // even though every fact's cbs_code reports it.
    const placed = issues.map((issue) => ({ issue, control: this.controlFor(issue) }));
    const position = (control: HTMLElement | null) =>
      control ? [...this.form.querySelectorAll('[name]')].indexOf(control as Element) : Number.MAX_SAFE_INTEGER;
    placed.sort((a, b) => position(a.control) - position(b.control));
    const seen = new Set<string>();
    for (const { issue, control } of placed) {
      const key = `${control?.id ?? issue.row}:${issue.column}:${issue.rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = `${ruleTextNl(issue.rule, issue.message)} (regel: ${issue.rule})`;
      const field = control?.closest('.field');
      const error = field?.querySelector<HTMLElement>('.field-error');
      if (control && error) {
        control.setAttribute('aria-invalid', 'true');
        const line = document.createElement('span');
        line.dataset.rule = issue.rule;
        line.textContent = text;
        if (!error.hidden) error.append(document.createElement('br'));
        error.append(line);
        error.hidden = false;
      }
      const where = issue.row === 0 ? 'Document' : `Feit ${issue.row}`;
      const label = field?.querySelector('label')?.firstChild?.textContent?.trim() ?? issue.column ?? '';
      const item = document.createElement('li');
      item.dataset.rule = issue.rule;
      const link = document.createElement('a');
      link.textContent = `${where}, ${label}: ${text}`;
      if (control?.id) link.href = `#${control.id}`;
      item.append(control?.id ? link : link.textContent);
      list.append(item);
    }
    summary.querySelector('h2')!.textContent = `Nog niet in orde: ${seen.size} ${seen.size === 1 ? 'punt' : 'punten'}`;
    summary.hidden = false;
    summary.focus();
  }
}

if (!customElements.get('contribute-form')) customElements.define('contribute-form', ContributeForm);
