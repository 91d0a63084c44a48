/**
 * "insluiten" with JavaScript: a button copies the iframe code (or the optional script). Without
 * JavaScript the buttons stay hidden and the code can be selected by hand.
 */
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-embed]')) button.hidden = false;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('[data-copy-embed]');
  const area = button && (document.getElementById(button.dataset.copyEmbed ?? '') as HTMLTextAreaElement | null);
  if (!button || !area) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(area.value);
    button.textContent = 'gekopieerd';
  } catch {
    // Copying can be refused (permissions): the text is selected so the reader can copy it.
    area.select();
    button.textContent = 'selecteer en kopieer de code zelf';
  }
  setTimeout(() => (button.textContent = label), 2500);
});
