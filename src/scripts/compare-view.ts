/**
 * <compare-view>: reads the choice from the query string (?gemeenten=…&maat=…&van=…&tot=…),
 * loads /vergelijk/gegevens.json, draws the chart with the same pure layout code as the build,
 * and mirrors every change in the URL (history.replaceState) so the link reproduces the view.
 * Without JavaScript the static default view stays; with it and no query string it stays too
 * until the first change, so opening the page costs no redrawing (Lighthouse: total blocking time).
 */
import { compareQuery, parseCompareQuery } from '../model/compare-state';
import type { CompareState } from '../model/compare-state';
import { compareSpec } from '../charts/compare/spec';
import type { CompareData } from '../model/compare-data';
import type { ChartSpec } from '../charts/shared/chart-spec';
import { tableColumns } from '../charts/shared/chart-spec';
import { EXCEL_LINK_TEXT, chartCsv, chartExcelCsv } from '../charts/shared/downloads';
import { esc } from '../charts/shared/svg';

function figure(spec: ChartSpec, link: string): string {
  const csv = URL.createObjectURL(new Blob([chartCsv(spec)], { type: 'text/csv' }));
  const excel = URL.createObjectURL(new Blob([chartExcelCsv(spec)], { type: 'text/csv' }));
  const columns = tableColumns(spec.columns);
  const svg = URL.createObjectURL(new Blob([spec.svg], { type: 'image/svg+xml' }));
  const aside = spec.aside.map((a) => `<div class="chart-aside"><p><strong>${esc(a.heading)}</strong></p><ul>${a.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div>`).join('');
  const head = columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const body = spec.rows.map((r) => `<tr>${columns.map((c) => `<td>${esc(r[c.key] ?? '')}</td>`).join('')}</tr>`).join('');
  return `<figure class="chart" id="${spec.id}"><h3>${esc(spec.title)}<a class="anchor" href="#${spec.id}">link</a></h3><p class="chart-summary">${esc(spec.summary)}</p><div class="chart-frame" tabindex="0" role="group" aria-label="Grafiek: ${esc(spec.title)}">${spec.svg}</div>${aside}<figcaption><details class="chart-table"><summary>Tabel met dezelfde gegevens (${spec.rows.length} regels)</summary><div class="table-scroll"><table><caption>${esc(spec.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details><p class="chart-actions"><a href="${csv}" download="${spec.file}.csv">download de data (CSV)</a><a href="${excel}" download="${spec.file}-excel.csv">${EXCEL_LINK_TEXT}</a><a href="${svg}" download="${spec.file}.svg">download als afbeelding (SVG)</a><a href="${esc(link)}" data-share>link naar deze vergelijking</a></p></figcaption></figure>`;
}

class CompareView extends HTMLElement {
  private data: CompareData | null = null;
  private state: CompareState | null = null;

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-controls]');
    const view = this.querySelector<HTMLElement>('[data-view]');
    if (!form || !view) return;
    const response = await fetch(this.dataset.src ?? '/vergelijk/gegevens.json');
    if (!response.ok) return;
    this.data = (await response.json()) as CompareData;
    const data = this.data;
    const names = new Map(data.gemeenten.map((g) => [g.slug, g.naam]));
    const bySlug = new Map(Object.entries(data.bedragen));
    const fallback = parseCompareQuery(this.dataset.default ?? '', new Set(names.keys()), { gemeenten: [], maat: 'absoluut', van: data.jaren[0], tot: data.jaren[1] }, data.jaren[0], data.jaren[1]);
    this.state = parseCompareQuery(location.search, new Set(names.keys()), fallback, data.jaren[0], data.jaren[1]);
    // The 342 suggestions are added when the field is first used, not while the page opens.
    const list = this.querySelector('datalist');
    form.querySelector('input[name="toevoegen"]')?.addEventListener('focus', () => {
      if (list && list.childElementCount === 0) list.innerHTML = data.gemeenten.map((g) => `<option value="${esc(g.naam)}"></option>`).join('');
    }, { once: true });
    const status = form.querySelector<HTMLElement>('[data-status]');
    const chosen = form.querySelector<HTMLElement>('[data-chosen]')!;

    const showControls = () => {
      const s = this.state!;
      (form.elements.namedItem('van') as HTMLSelectElement).value = String(s.van);
      (form.elements.namedItem('tot') as HTMLSelectElement).value = String(s.tot);
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="maat"]')) input.checked = input.value === s.maat;
      chosen.innerHTML = s.gemeenten.map((slug) => `<li>${esc(names.get(slug) ?? slug)} <button type="button" class="link-button" data-remove="${esc(slug)}">verwijder<span class="visually-hidden"> ${esc(names.get(slug) ?? slug)}</span></button></li>`).join('');
    };
    const render = (announce: string | null) => {
      const s = this.state!;
      history.replaceState(null, '', `${location.pathname}${compareQuery(s)}${location.hash}`);
      showControls();
      const spec = compareSpec(bySlug, names, s, 'vergelijking', `vergelijk-${s.maat}-${s.van}-${s.tot}`);
      view.innerHTML = figure(spec, location.href);
      view.dataset.maat = s.maat;
      if (status && announce) status.textContent = announce;
    };

    form.hidden = false;
    this.listen(form, chosen, status, data, names, render);
    if (location.search.includes('gemeenten=') || location.search.includes('maat=')) render(null);
    else showControls();
  }

  /** The controls: years and measure (change), adding a gemeente (submit), removing one (click). */
  private listen(form: HTMLFormElement, chosen: HTMLElement, status: HTMLElement | null, data: CompareData, names: Map<string, string>, render: (announce: string | null) => void) {
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'toevoegen') return;
      const s = this.state!;
      if (target.name === 'maat') s.maat = target.value === 'per-inwoner' ? 'per-inwoner' : 'absoluut';
      const van = Number((form.elements.namedItem('van') as HTMLSelectElement).value);
      const tot = Number((form.elements.namedItem('tot') as HTMLSelectElement).value);
      s.van = Math.min(van, tot);
      s.tot = Math.max(van, tot);
      render('De grafiek is bijgewerkt.');
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = form.elements.namedItem('toevoegen') as HTMLInputElement;
      const wanted = input.value.trim().toLowerCase();
      const hit = data.gemeenten.find((g) => g.naam.toLowerCase() === wanted || g.slug === wanted);
      if (!hit) {
        if (status) status.textContent = `Geen gemeente gevonden met de naam "${input.value}".`;
        return;
      }
      if (!this.state!.gemeenten.includes(hit.slug)) this.state!.gemeenten.push(hit.slug);
      input.value = '';
      render(`${hit.naam} is toegevoegd.`);
    });
    chosen.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
      if (!button) return;
      this.state!.gemeenten = this.state!.gemeenten.filter((s) => s !== button.dataset.remove);
      render(`${names.get(button.dataset.remove!) ?? ''} is verwijderd.`);
    });
  }

}

customElements.define('compare-view', CompareView);
