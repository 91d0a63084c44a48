/**
 * Terms with JavaScript: a click on a term link opens its short definition right below the link,
 * with a link to the full list; a second click closes it. The plain link (to /begrippen/) stays
 * for a new tab, and is all there is without JavaScript.
 */
let count = 0;

function toggle(link: HTMLAnchorElement) {
  const open = link.nextElementSibling?.classList.contains('term-note')
    ? (link.nextElementSibling as HTMLElement)
    : null;
  if (open) {
    open.remove();
    link.setAttribute('aria-expanded', 'false');
    return;
  }
  const note = document.createElement('span');
  note.className = 'term-note';
  note.id = `term-note-${++count}`;
  note.setAttribute('role', 'note');
  note.append(`${link.dataset.termDefinition} `);
  const more = document.createElement('a');
  more.href = link.getAttribute('href') ?? link.href;
  more.textContent = 'Meer in Begrippen';
  note.append(more);
  link.after(note);
  link.setAttribute('aria-expanded', 'true');
  link.setAttribute('aria-controls', note.id);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term[data-term-definition]'))
  link.setAttribute('aria-expanded', 'false');

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.term[data-term-definition]');
  if (!link) return;
  event.preventDefault();
  toggle(link);
});
