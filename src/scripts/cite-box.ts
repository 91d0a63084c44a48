/**
 * Enhances the cite box: fills in today's date as the date consulted and adds a copy button to
 * each citation. Copying is announced through the box's live region. Without JavaScript the
 * citations stay selectable text with a placeholder for the date.
 */
import { formatDate } from '../format/date';
import { CONSULTED_PLACEHOLDER, fullCitation, shortCitation } from '../site/citation';
import type { CitationParts } from '../site/citation';

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
};

class CiteBox extends HTMLElement {
  connectedCallback() {
    const parts = JSON.parse(this.dataset.parts ?? '{}') as CitationParts;
    const filled = { ...parts, consulted: parts.consulted === CONSULTED_PLACEHOLDER ? today() : parts.consulted };
    const status = this.querySelector<HTMLElement>('.cite-status');
    for (const text of this.querySelectorAll<HTMLElement>('[data-cite]')) {
      text.textContent = text.dataset.cite === 'short' ? shortCitation(filled) : fullCitation(filled);
      if (!navigator.clipboard) continue;
      const label = text.dataset.cite === 'short' ? 'Kopieer de korte vorm' : 'Kopieer de bronvermelding';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = label;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(text.textContent ?? '');
          if (status) status.textContent = `Gekopieerd: ${text.textContent}`;
        } catch {
          if (status) status.textContent = 'Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.';
        }
      });
      text.after(button);
    }
    // The visible "link" anchors keep working as plain links; with a clipboard they also copy
    // their permanent URL, announced in the same live region.
    if (navigator.clipboard && status && !document.documentElement.dataset.anchorCopy) {
      document.documentElement.dataset.anchorCopy = 'on';
      document.addEventListener('click', (event) => {
        const anchor = (event.target as Element | null)?.closest?.('a.anchor');
        if (!(anchor instanceof HTMLAnchorElement)) return;
        // The permanent URL: the page's canonical address, not whatever host the page was opened on.
        const canonical =
          document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
        const url = `${canonical.split('#')[0]}${new URL(anchor.href).hash}`;
        navigator.clipboard.writeText(url).then(
          () => (status.textContent = `Link gekopieerd: ${url}`),
          () => undefined,
        );
      });
    }
  }
}

if (!customElements.get('cite-box')) customElements.define('cite-box', CiteBox);
