/**
 * Progressive enhancement for the "find your gemeente" forms: without JavaScript they submit to
 * /gemeenten/?q=..., which lists every gemeente. With it, an exact name goes straight to the
 * gemeente's page. The name → URL list is read once from /gemeenten/namen.json.
 */
type Entry = { naam: string; url: string };

let names: Promise<Entry[]> | null = null;
const loadNames = (): Promise<Entry[]> =>
  (names ??= fetch('/gemeenten/namen.json')
    .then((r) => (r.ok ? (r.json() as Promise<Entry[]>) : []))
    .catch(() => []));

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/gi, ' ')
    .trim()
    .toLowerCase();

function fillDatalist(entries: Entry[]) {
  const list = document.getElementById('gemeente-namen');
  if (!list || list.childElementCount > 0) return;
  for (const entry of entries) {
    const option = document.createElement('option');
    option.value = entry.naam;
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
    const wanted = normalise(input.value);
    if (!wanted) return;
    event.preventDefault();
    const match = (await loadNames()).find((entry: Entry) => normalise(entry.naam) === wanted);
    window.location.href = match ? match.url : `/gemeenten/?q=${encodeURIComponent(input.value)}`;
  });
}
