/**
 * The per-figure tools with JavaScript: "kopieer link" copies the figure's permanent address,
 * "kopieer de tekst" the correction text as edited, and the e-mail or issue link takes the edited
 * text along. Without JavaScript the "link" anchor and the editable text stay, the buttons hidden.
 */
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

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLElement>('[data-copy-link], [data-copy-report]')) button.hidden = false;
}

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest?.('[data-copy-link], [data-copy-report], [data-report-send]');
  if (!(target instanceof HTMLElement)) return;
  if (target.dataset.copyLink) {
    // The permanent URL: the page's canonical address, not whatever host the page was opened on.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const url = `${canonical.split('#')[0]}${target.dataset.copyLink}`;
    void copy(target, url, `Link gekopieerd: ${url}`);
    return;
  }
  const area = document.getElementById(target.dataset.copyReport ?? target.dataset.reportSend ?? '') as HTMLTextAreaElement | null;
  if (!area) return;
  if (target.dataset.copyReport) {
    void copy(target, area.value, 'De tekst voor uw melding is gekopieerd.');
  } else if (target instanceof HTMLAnchorElement) {
    // Send what the reader wrote, not only the ready text the page was built with.
    const href = new URL(target.href);
    const body = encodeURIComponent(area.value);
    target.href = target.dataset.reportKind === 'mail' ? `${target.href.split('&body=')[0]}&body=${body}` : (href.searchParams.set('body', area.value), href.href);
  }
});
