/**
 * The request texts with JavaScript: copy a text, download it as a text file, or print only that
 * text. Without JavaScript the text stays in the page, to select or print with the page.
 */
import { downloadText } from './download-text';

for (const block of document.querySelectorAll<HTMLElement>('[data-request-text]')) {
  block.querySelector<HTMLElement>('.request-actions')!.hidden = false;
  block.querySelector<HTMLElement>('.request-without-js')!.hidden = true;
  if (!navigator.clipboard) block.querySelector<HTMLElement>('[data-copy-text]')!.hidden = true;
}

const say = (from: Element, text: string) => {
  const status = from.closest('[data-request-text]')?.querySelector('[data-request-status]');
  if (status) status.textContent = text;
};

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.(
    '[data-copy-text], [data-download-text], [data-print-text]',
  );
  if (!(button instanceof HTMLElement)) return;
  const text = document.getElementById(button.dataset.copyText ?? button.dataset.downloadText ?? '')?.textContent ?? '';
  if (button.dataset.copyText) {
    navigator.clipboard.writeText(text).then(
      () => say(button, 'De tekst is gekopieerd.'),
      () => say(button, 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.'),
    );
  } else if (button.dataset.downloadText) {
    downloadText(button.dataset.file ?? 'verzoek.txt', text);
    say(button, `De tekst is gedownload als ${button.dataset.file}.`);
  } else {
    // Print only this text: the print stylesheet hides the other parts while the mark is set.
    document.body.dataset.printOnly = button.dataset.printText;
    window.addEventListener('afterprint', () => delete document.body.dataset.printOnly, { once: true });
    window.print();
  }
});
