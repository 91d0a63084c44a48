/** Where a reader sends a correction or a contribution, from the site configuration. */
export interface ReportChannel {
  contactEmail: string | null;
  repositoryUrl: string | null;
}

/** A figure someone wants to correct: its permanent URL and the value as shown. */
export interface ReportedFigure {
  permalink: string;
  value: string;
  /** Page title, for the subject line. */
  title: string;
  /** The data version the page was built from, so the editors know what the reader saw. */
  dataVersion?: string;
}

/** A message: subject and body, plain text. */
export interface Message {
  subject: string;
  body: string;
}

/** The line after which the reader writes what is wrong; the ready text ends with it. */
export const FREE_FIELD_PROMPT = 'Wat er volgens mij moet staan, en de bron (link of document):';

/** The subject and ready text of a correction message, in Dutch. */
export function reportMessage(figure: ReportedFigure): Message {
  const version = figure.dataVersion ? `Dataversie: ${figure.dataVersion}\n` : '';
  return {
    subject: `Fout melden: ${figure.title}`,
    body: `Dit gegeven klopt volgens mij niet.\n\nLink: ${figure.permalink}\nZoals op de site: ${figure.value}\n${version}\n${FREE_FIELD_PROMPT}\n`,
  };
}

/**
 * The longest link the site offers. Mail programs and browsers cut or refuse longer mailto: and
 * issue links (2,000 characters is the common safe limit), and a cut text is worse than none.
 */
export const MAX_LINK_LENGTH = 2000;

/** A link that opens a prefilled message; `attach`: the text did not fit, so it goes along as a file. */
export interface MessageLink {
  kind: 'mail' | 'issue';
  href: string;
  attach: boolean;
}

/** What the message says instead of the text when the text goes along as a file. */
/**
 * The ready text's element id and file name for the figure with this anchor: the page writes them
 * and the browser script derives them, so each fact row need not carry the file name (issue 22).
 */
export const reportTextId = (anchor: string) => `${anchor}-melding`;
export const reportFileName = (anchor: string) => `melding-${anchor}.txt`;
/** The figure's anchor from its ready text's id. */
export const reportAnchor = (textId: string) => textId.replace(/-melding$/, '');

export const attachNote = (file: string) =>
  `De tekst staat in het bestand ${file}. Ik voeg dat bestand toe aan dit bericht.`;

/**
 * The link that opens a prefilled message: e-mail when an address is configured, otherwise a
 * new issue on the public repository, otherwise null. Switches by itself when the config changes.
 * A text too long for a link (MAX_LINK_LENGTH) is left out of it: the link then carries a line
 * saying the text is in the file `file`, which the page offers to download and attach.
 */
export function messageHref(channel: ReportChannel, message: Message, file = 'melding.txt'): MessageLink | null {
  const subject = message.subject.length > 150 ? `${message.subject.slice(0, 149)}…` : message.subject;
  let href: (body: string) => string;
  let kind: MessageLink['kind'];
  if (channel.contactEmail) {
    kind = 'mail';
    href = (body) =>
      `mailto:${channel.contactEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  } else if (channel.repositoryUrl) {
    // GitHub, Gitea and Forgejo all accept a prefilled title and body on /issues/new.
    const base = channel.repositoryUrl.replace(/\/$/, '');
    kind = 'issue';
    href = (body) => `${base}/issues/new?title=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  } else return null;
  const full = href(message.body);
  if (full.length <= MAX_LINK_LENGTH) return { kind, href: full, attach: false };
  return { kind, href: href(attachNote(file)), attach: true };
}

/** The prefilled correction link for one figure, or null when no channel is configured. */
export function reportHref(channel: ReportChannel, figure: ReportedFigure, file?: string): MessageLink | null {
  return messageHref(channel, reportMessage(figure), file);
}

/**
 * Where to send a ready text, in one Dutch sentence fragment, from the configured channel; null
 * when the build names none (a preview: the page then offers the text to copy or download, and
 * the footer says once that this version has no address for reports yet).
 */
export function sendTo(channel: ReportChannel): { text: string; href: string } | null {
  if (channel.contactEmail)
    return { text: `Stuur de tekst per e-mail naar ${channel.contactEmail}`, href: `mailto:${channel.contactEmail}` };
  if (channel.repositoryUrl)
    return {
      text: `Zet de tekst in een nieuw issue op ${channel.repositoryUrl}`,
      href: `${channel.repositoryUrl.replace(/\/$/, '')}/issues/new`,
    };
  return null;
}

/** True when the build names neither a contact address nor a repository (a preview build). */
export const hasChannel = (channel: ReportChannel) => Boolean(channel.contactEmail || channel.repositoryUrl);
