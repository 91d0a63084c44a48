/** Where a reader sends a correction, from the site configuration. */
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
}

/** The subject and body of a correction message, in Dutch. */
export function reportMessage(figure: ReportedFigure): { subject: string; body: string } {
  return {
    subject: `Fout melden: ${figure.title}`,
    body: `Dit getal klopt volgens mij niet:\n\nLink: ${figure.permalink}\nWaarde op de site: ${figure.value}\n\nWat het volgens mij moet zijn, en de bron (link of document):\n\n`,
  };
}

/**
 * The link that opens a prefilled correction message: e-mail when an address is configured,
 * otherwise a new issue on the public repository, otherwise null (the page then explains how to
 * report and shows the permalink and value to quote). Switches by itself when the config changes.
 */
export function reportHref(channel: ReportChannel, figure: ReportedFigure): { kind: 'mail' | 'issue'; href: string } | null {
  const { subject, body } = reportMessage(figure);
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
