/**
 * Progressive enhancement for the search forms: without JavaScript they submit to /zoeken/,
 * which explains itself and lists every gemeente A-Z. With it, a name that is exactly one
 * gemeente's (or one of its other names, "Den Haag") goes straight to that gemeente's page,
 * and anything else to the results page. The names are read once from /gemeenten/namen.json.
 */
import { exactGemeente } from '../search/gemeente-match';
import type { NameEntry } from '../search/gemeente-match';
import { loadNames, resultsUrl } from './search-core';

function fillDatalist(entries: NameEntry[]) {
  const list = document.getElementById('gemeente-namen');
  if (!list || list.childElementCount > 0) return;
  for (const name of entries.flatMap((entry) => [entry.naam, ...(entry.ook ?? [])])) {
    const option = document.createElement('option');
    option.value = name;
    list.append(option);
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-gemeente-search]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) continue;
  if (!document.getElementById('gemeente-namen')) {
    const list = document.createElement('datalist');
    list.id = 'gemeente-namen';
    document.body.append(list);
  }
  input.setAttribute('list', 'gemeente-namen');
  input.addEventListener('focus', () => void loadNames().then(fillDatalist), { once: true });
  form.addEventListener('submit', async (event) => {
    if (!input.value.trim()) return;
    event.preventDefault();
    const match = exactGemeente(await loadNames(), input.value);
    window.location.href = match ? match.url : resultsUrl(input.value);
  });
}
