/**
 * The words of the /meedoen/ checker's result: a row described in one line, and the paragraph
 * that says how to send the lines (a prefilled e-mail or issue when the site names a channel).
 */
import type { ContributedRow } from '../../contribute/contribution';
import { messageHref } from '../../site/report-error';
import type { TableName } from '../../data/schemas/tables';

const KIND: Partial<Record<TableName, string>> = {
  bronnen: 'Bron',
  toekenningen: 'Toekenning',
  bestedingen: 'Besteding',
  besluiten: 'Besluit',
  resultaten: 'Resultaat',
  onderzocht: 'Zoektocht of verzoek',
};

/** The main words of a row, for the short explanation under the CSV lines. */
export function describe(row: ContributedRow): string {
  const c = row.cells;
  const main =
    c.titel ||
    c.maatregel ||
    c.strekking ||
    c.omschrijving ||
    c.route ||
    [c.resultaat, c.verzoek, c.datum].filter(Boolean).join(', ');
  const amount =
    c.bedrag_eur && /^\d+$/.test(c.bedrag_eur)
      ? `, € ${Number(c.bedrag_eur).toLocaleString('nl-NL')}${c.per ? (c.per === 'jaar' ? ' per jaar' : ' in totaal') : ''}`
      : '';
  return `${KIND[row.table] ?? row.table}: ${main}${amount}${c.id ? ` (id ${c.id})` : ''}`;
}

/** The file a contribution goes along in when it is too long for a link. */
export const CONTRIBUTION_FILE = 'nieuwe-regels.txt';

/**
 * How to send the checked lines: a link that opens a message with them (or, when they are too
 * long for a link, with a line saying they are in a file to download and attach), or, when the
 * site names no channel (a preview build), where they belong.
 */
export function sendParagraph(
  rows: ContributedRow[],
  blocks: { table: TableName; file: string; lines: string }[],
  channel: { contactEmail: string | null; repositoryUrl: string | null },
  download: (name: string, text: string) => void,
): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  const body = [
    `Nieuwe regels voor data/, gecontroleerd op ${location.origin}${location.pathname}:`,
    ...rows.map((row) => `- ${describe(row)}`),
    '',
    ...blocks.flatMap(({ file, lines }) => [`Onderaan data/${file}:`, '```csv', lines, '```', '']),
  ].join('\n');
  const link = messageHref(channel, { subject: `Nieuwe bron: ${rows[0].cells.titel}`, body }, CONTRIBUTION_FILE);
  if (!link) {
    // A preview build: the page says once, under "Zelf de regels schrijven", that it names no address.
    paragraph.textContent =
      'Deze pagina verstuurt niets. Kopieer of download de regels hierboven: ze horen onderaan de bestanden in de map data/ van de broncode van de site, met een link naar het document.';
    return paragraph;
  }
  const anchor = document.createElement('a');
  anchor.href = link.href;
  anchor.textContent =
    link.kind === 'mail' ? 'Open een e-mail met deze regels' : 'Open een nieuw issue met deze regels';
  paragraph.append(
    anchor,
    link.kind === 'mail'
      ? ` (aan ${channel.contactEmail}). U verstuurt de e-mail zelf.`
      : ' in de openbare repository. U plaatst het issue zelf.',
  );
  if (link.attach) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Download alle regels als ${CONTRIBUTION_FILE}`;
    button.addEventListener('click', () => download(CONTRIBUTION_FILE, body));
    paragraph.append(
      ` De regels zijn te lang voor een link: download ze en voeg het bestand toe aan ${link.kind === 'mail' ? 'uw e-mail' : 'het issue'}. `,
      button,
    );
  }
  return paragraph;
}
