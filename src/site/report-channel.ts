/**
 * Where reports ("meld een fout") and contributions (/meedoen/) go: a contact address and a public
 * repository, each set at build time by the deployer (SITE_CONTACT_EMAIL, SITE_REPOSITORY_URL),
 * read and checked here the way SITE_URL is. A published site must name at least one of them:
 * a reader who took the trouble to report a mistake must never end up with nowhere to send it.
 */

const LOCAL_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$|\.local$/i;
// A plain address: what every mail program accepts in a mailto: link without escaping.
const EMAIL = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;

/** Reads SITE_CONTACT_EMAIL: empty or missing is none (null); anything else must be a plain public e-mail address. */
export function parseContactEmail(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (/^mailto:/i.test(text)) throw new Error(`SITE_CONTACT_EMAIL "${text}" must be the address only, without mailto:`);
  const match = EMAIL.exec(text);
  if (!match) throw new Error(`SITE_CONTACT_EMAIL "${text}" is not an e-mail address; write it as name@domain.nl`);
  if (LOCAL_HOST.test(match[1]))
    throw new Error(`SITE_CONTACT_EMAIL "${text}" is a local address; readers could not write to it`);
  return text;
}

/** Reads SITE_REPOSITORY_URL: empty or missing is none (null); anything else must be the https address of a public repository. */
export function parseRepositoryUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `SITE_REPOSITORY_URL "${text}" is not a web address; write the address of the public repository, e.g. https://github.com/organisatie/pok-in-beeld`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_REPOSITORY_URL "${text}" must start with https://`);
  if (LOCAL_HOST.test(url.hostname))
    throw new Error(`SITE_REPOSITORY_URL "${text}" is a local address; readers could not reach it`);
  if (url.username || url.password)
    throw new Error(`SITE_REPOSITORY_URL "${text}" must not contain a user name or password`);
  if (url.search || url.hash)
    throw new Error(`SITE_REPOSITORY_URL "${text}" must be the address of the repository itself, without ? or #`);
  if (url.pathname.replace(/\/+$/, '') === '')
    throw new Error(
      `SITE_REPOSITORY_URL "${text}" names no repository; write its full address, e.g. https://github.com/organisatie/pok-in-beeld`,
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A publication build (SITE_URL set) must name a channel for reports and contributions, or it
 * stops here with a message that says what to set. A preview build may lack one.
 */
export function requireChannel(
  siteUrl: string | null,
  channel: { contactEmail: string | null; repositoryUrl: string | null },
): void {
  if (siteUrl === null || channel.contactEmail !== null || channel.repositoryUrl !== null) return;
  throw new Error(
    'SITE_URL is set, so this is a publication build, but neither SITE_CONTACT_EMAIL nor SITE_REPOSITORY_URL is: a published site must say where reports ' +
      '("meld een fout") and contributions (/meedoen/) go. Set one of them in the deployment, e.g. SITE_CONTACT_EMAIL=redactie@pokinbeeld.nl, or leave SITE_URL empty for a preview build.',
  );
}
