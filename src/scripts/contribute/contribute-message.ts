/**
 * The words of the /meedoen/ checker's result: a row described in one line, and the paragraph
 * that says how to send the lines (a prefilled e-mail or issue when the site names a channel).
 */
import type { ContributedRow } from '../../contribute/contribution';
import { messageHref } from '../../site/report-error';
import type { TableName } from '../../data/schemas/tables';

const KIND: Partial<Record<TableName, string>> = { bronnen: 'Bron', toekenningen: 'Toekenning', bestedingen: 'Besteding', besluiten: 'Besluit', resultaten: 'Resultaat' };

/** The main words of a row, for the short explanation under the CSV lines. */
export function describe(row: ContributedRow): string {
  const c = row.cells;
  const main = c.titel || c.maatregel || c.strekking || c.omschrijving || c.route || '';
  const amount = c.bedrag_eur && /^\d+$/.test(c.bedrag_eur) ? `, € ${Number(c.bedrag_eur).toLocaleString('nl-NL')}${c.per ? (c.per === 'jaar' ? ' per jaar' : ' in totaal') : ''}` : '';
  return `${KIND[row.table] ?? row.table}: ${main}${amount} (id ${c.id})`;
}

/** How to send the checked lines: a link that opens a message with them, or where they belong when the site names no channel. */
export function sendParagraph(
  rows: ContributedRow[],
  blocks: { table: TableName; file: string; lines: string }[],
  channel: { contactEmail: string | null; repositoryUrl: string | null },
  publisher: string,
): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  const body = [
    `Nieuwe regels voor data/, gecontroleerd op ${location.origin}${location.pathname}:`,
    ...rows.map((row) => `- ${describe(row)}`),
    '',
    ...blocks.flatMap(({ file, lines }) => [`Onderaan data/${file}:`, '```csv', lines, '```', '']),
  ].join('\n');
  const link = messageHref(channel, { subject: `Nieuwe bron: ${rows[0].cells.titel}`, body });
  if (link) {
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.kind === 'mail' ? 'Open een e-mail met deze regels' : 'Open een nieuw issue met deze regels';
    paragraph.append(anchor, link.kind === 'mail' ? ` (aan ${channel.contactEmail}). U verstuurt de e-mail zelf.` : ' in de openbare repository. U plaatst het issue zelf.');
  } else {
    paragraph.textContent = `Deze pagina verstuurt niets. Deze versie van de site noemt geen e-mailadres of repository om de regels heen te sturen. Ze horen onderaan de bestanden hierboven, in de map data/ van de broncode van de site; geef ze met een link naar het document aan de uitgever, ${publisher}.`;
  }
  return paragraph;
}
