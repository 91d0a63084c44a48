/**
 * The result of a check that passed: per table the exact CSV lines for data/, what each row is,
 * copy and download buttons, and how to send them (contribute-message.ts).
 */
import type { ContributedRow } from '../../contribute/contribution';
import type { TableName } from '../../data/schemas/tables';
import { describe, sendParagraph } from './contribute-message';
import { downloadText } from '../download-text';

type Checker = typeof import('./contribute-check');

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** One table's lines: heading, where they go, what each row is, the lines, and the buttons. */
function csvBlock(
  table: TableName,
  lines: string,
  rows: ContributedRow[],
  { csvHeader, fileOf }: Checker,
  say: (text: string) => void,
): HTMLElement {
  const file = fileOf(table);
  const count = rows.length;
  const section = document.createElement('div');
  section.className = 'csv-block';
  // The scrolling box is a named region the keyboard can reach; a <pre> itself takes no ARIA name (issue 22).
  section.innerHTML =
    '<h3></h3><p></p><ul></ul><section class="pre-scroll" tabindex="0"><pre><code></code></pre></section><p class="actions"></p>';
  section.querySelector('h3')!.textContent = `data/${file}`;
  section.querySelector('p')!.textContent =
    count === 1
      ? `Zet deze regel onderaan het bestand data/${file}.`
      : `Zet deze ${count} regels onderaan het bestand data/${file}, elk op een eigen regel.`;
  for (const row of rows) {
    const item = document.createElement('li');
    item.textContent = describe(row);
    section.querySelector('ul')!.append(item);
  }
  const code = section.querySelector('code')!;
  code.textContent = lines;
  code.dataset.table = table;
  section.querySelector('.pre-scroll')!.setAttribute('aria-label', `CSV-regels voor data/${file}`);
  const actions = section.querySelector('.actions')!;
  const copy = () =>
    navigator.clipboard.writeText(lines).then(
      () => say(`De regels voor ${file} zijn gekopieerd.`),
      () => say('Kopiëren lukte niet. Selecteer de regels en kopieer ze zelf.'),
    );
  if (navigator.clipboard) actions.append(button(`Kopieer de regels voor ${file}`, () => void copy()));
  actions.append(
    button(`Download ${file} met kopregel`, () =>
      downloadText(`nieuw-${file}`, `${csvHeader(table)}\n${lines}\n`, 'text/csv;charset=utf-8'),
    ),
  );
  return section;
}

/** Shows the checked rows in `output` and how to send them over `channel`. */
export function showRows(
  rows: ContributedRow[],
  output: HTMLElement,
  checker: Checker,
  channel: { contactEmail: string | null; repositoryUrl: string | null },
  say: (text: string) => void,
): void {
  const blocks = checker.contributionCsv(rows);
  const target = output.querySelector('[data-output]')!;
  target.replaceChildren(
    ...blocks.map(({ table, lines }) =>
      csvBlock(
        table,
        lines,
        rows.filter((row) => row.table === table),
        checker,
        say,
      ),
    ),
  );
  const files = blocks.map((block) => ({ ...block, file: checker.fileOf(block.table) }));
  output
    .querySelector('[data-send]')!
    .replaceChildren(sendParagraph(rows, files, channel, (name, text) => downloadText(name, text)));
  output.hidden = false;
  output.focus();
}
