/**
 * The per-figure tools with JavaScript: "kopieer link" copies the figure's permanent address,
 * "kopieer de tekst" the correction text as edited, "download de tekst" saves it as a file, and
 * the e-mail or issue link takes the edited text along, or, when it grew too long for a link,
 * says it is in the file to attach. Without JavaScript the "link" anchor and the editable text
 * stay. The buttons only work with JavaScript, so this script adds them, when a fact's menu or its
 * report opens: a page with 210 fact rows carried 630 hidden buttons (issue 22, weight at scale).
 */
import { messageHref, reportAnchor, reportFileName } from '../site/report-error';
import { downloadText } from './download-text';

let liveRegion: HTMLElement | null = null;

/** One polite live region for the whole page, so copying is announced without a region per figure. */
function announce(text: string) {
  if (!liveRegion) {
    liveRegion = document.createElement('p');
    liveRegion.className = 'visually-hidden';
    liveRegion.setAttribute('role', 'status');
    document.body.append(liveRegion);
  }
  liveRegion.textContent = text;
}

async function copy(button: HTMLElement, text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
    const label = button.firstChild!;
    const before = label.textContent;
    label.textContent = 'gekopieerd';
    setTimeout(() => (label.textContent = before), 2000);
  } catch {
    announce('Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.');
  }
}

/** A button with a data attribute naming what it acts on. */
function button(label: string, data: Record<string, string>, className?: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  Object.assign(element.dataset, data);
  return element;
}

/** The JavaScript-only buttons of a menu, added once when it opens. */
function addButtons(details: HTMLDetailsElement) {
  if (details.dataset.buttons) return;
  details.dataset.buttons = 'ja';
  if (details.classList.contains('fact-menu')) {
    const anchor = details.querySelector<HTMLAnchorElement>(':scope > .fact-menu-body > .fact-actions a.anchor');
    if (anchor && navigator.clipboard)
      anchor.after(button('kopieer link', { copyLink: anchor.getAttribute('href')! }, 'quiet'));
    return;
  }
  const area = details.querySelector<HTMLTextAreaElement>('textarea[data-report-subject]');
  const actions = details.querySelector('.report-actions');
  if (!area || !actions) return;
  actions.prepend(
    ...(navigator.clipboard ? [button('kopieer de tekst', { copyReport: area.id })] : []),
    button('download de tekst', { downloadReport: area.id }),
  );
}

// "toggle" does not bubble: listen while it travels down to the details element.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (
      details instanceof HTMLDetailsElement &&
      details.open &&
      details.matches('.fact-menu, .fact-menu details.report')
    )
      addButtons(details);
  },
  true,
);

/** Points the send link at the text as edited: in the link while it fits, else in the file to attach. */
function updateSendLink(area: HTMLTextAreaElement) {
  const link = document.querySelector<HTMLAnchorElement>(`[data-report-send="${area.id}"]`);
  if (!link) return;
  const target = link.dataset.reportChannel ?? '';
  const channel =
    link.dataset.reportKind === 'mail'
      ? { contactEmail: target, repositoryUrl: null }
      : { contactEmail: null, repositoryUrl: target };
  const message = messageHref(
    channel,
    { subject: area.dataset.reportSubject ?? '', body: area.value },
    reportFileName(reportAnchor(area.id)),
  );
  if (!message) return;
  link.href = message.href;
  const note = document.querySelector<HTMLElement>(`[data-report-attach="${area.id}"]`);
  if (note) note.hidden = !message.attach;
}

document.addEventListener('input', (event) => {
  if (event.target instanceof HTMLTextAreaElement && event.target.dataset.reportSubject !== undefined)
    updateSendLink(event.target);
});

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest?.(
    '[data-copy-link], [data-copy-report], [data-download-report], [data-report-send]',
  );
  if (!(target instanceof HTMLElement)) return;
  if (target.dataset.copyLink) {
    // The permanent URL: the page's canonical address, not whatever host the page was opened on.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const url = `${canonical.split('#')[0]}${target.dataset.copyLink}`;
    void copy(target, url, `Link gekopieerd: ${url}`);
    return;
  }
  const area = document.getElementById(
    target.dataset.copyReport ?? target.dataset.downloadReport ?? target.dataset.reportSend ?? '',
  ) as HTMLTextAreaElement | null;
  if (!area) return;
  if (target.dataset.copyReport) void copy(target, area.value, 'De tekst voor uw melding is gekopieerd.');
  else if (target.dataset.downloadReport) {
    const file = reportFileName(reportAnchor(area.id));
    downloadText(file, area.value);
    announce(`De tekst is gedownload als ${file}.`);
  } else updateSendLink(area); // send what the reader wrote, not only the ready text the page was built with
});
