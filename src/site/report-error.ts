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
 * The link that opens a prefilled message: e-mail when an address is configured, otherwise a
 * new issue on the public repository, otherwise null. Switches by itself when the config changes.
 */
export function messageHref(channel: ReportChannel, message: Message): { kind: 'mail' | 'issue'; href: string } | null {
  const { subject, body } = message;
  if (channel.contactEmail) {
    return { kind: 'mail', href: `mailto:${channel.contactEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
  }
  if (channel.repositoryUrl) {
    // GitHub, Gitea and Forgejo all accept a prefilled title and body on /issues/new.
    const base = channel.repositoryUrl.replace(/\/$/, '');
    return { kind: 'issue', href: `${base}/issues/new?title=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
  }
  return null;
}

/** The prefilled correction link for one figure, or null when no channel is configured. */
export function reportHref(channel: ReportChannel, figure: ReportedFigure): { kind: 'mail' | 'issue'; href: string } | null {
  return messageHref(channel, reportMessage(figure));
}

/** Where to send a ready text, in one Dutch sentence fragment, from the configured channel. */
export function sendTo(channel: ReportChannel, publisher: string): { text: string; href: string | null } {
  if (channel.contactEmail) return { text: `Stuur de tekst per e-mail naar ${channel.contactEmail}`, href: `mailto:${channel.contactEmail}` };
  if (channel.repositoryUrl) return { text: `Zet de tekst in een nieuw issue op ${channel.repositoryUrl}`, href: `${channel.repositoryUrl.replace(/\/$/, '')}/issues/new` };
  return { text: `Stuur de tekst aan de uitgever van deze site, ${publisher}`, href: null };
}
