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
import { compareNames } from '../charts/compare/default';
import type { CompareData } from '../model/compare-data';
import type { ChartSpec } from '../charts/shared/chart-spec';
import { chartCsv, chartExcelCsv } from '../charts/shared/downloads';
import { chartBlock } from '../charts/shared/figure';
import type { ChartLinks } from '../charts/shared/figure';
import { esc } from '../charts/shared/svg';

/** The view's own downloads, made in the browser (a choice other than the default has no published files). */
function blobLinks(spec: ChartSpec): ChartLinks {
  const url = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
  return {
    csv: url(chartCsv(spec), 'text/csv'),
    excel: url(chartExcelCsv(spec), 'text/csv'),
    svg: url(spec.svg, 'image/svg+xml'),
  };
}

const sameChoice = (a: CompareState, b: CompareState) =>
  a.gemeenten.join(',') === b.gemeenten.join(',') && a.van === b.van && a.tot === b.tot;

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
    const fallback = parseCompareQuery(
      this.dataset.default ?? '',
      new Set(names.keys()),
      { gemeenten: [], maat: 'absoluut', van: data.jaren[0], tot: data.jaren[1] },
      data.jaren[0],
      data.jaren[1],
    );
    this.state = parseCompareQuery(location.search, new Set(names.keys()), fallback, data.jaren[0], data.jaren[1]);
    this.suggestNames(form, data);
    const status = form.querySelector<HTMLElement>('[data-status]');
    const chosen = form.querySelector<HTMLElement>('[data-chosen]')!;

    const showControls = () => {
      const s = this.state!;
      (form.elements.namedItem('van') as HTMLSelectElement).value = String(s.van);
      (form.elements.namedItem('tot') as HTMLSelectElement).value = String(s.tot);
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="maat"]'))
        input.checked = input.value === s.maat;
      chosen.innerHTML = s.gemeenten
        .map(
          (slug) =>
            `<li>${esc(names.get(slug) ?? slug)} <button type="button" class="link-button" data-remove="${esc(slug)}">verwijder<span class="visually-hidden"> ${esc(names.get(slug) ?? slug)}</span></button></li>`,
        )
        .join('');
    };
    const render = (announce: string | null) => {
      const s = this.state!;
      history.replaceState(null, '', `${location.pathname}${compareQuery(s)}${location.hash}`);
      showControls();
      // The default choice is the page's own static view: same names, same published downloads, same block.
      const isDefault = sameChoice(s, fallback);
      const { id, file } = compareNames(s, isDefault);
      const spec = compareSpec(bySlug, names, s, id, file);
      view.innerHTML = chartBlock(spec, (bron) => data.bronnen[bron], isDefault ? {} : { links: blobLinks(spec) });
      view.dataset.maat = s.maat;
      view.dataset.drawn = '';
      if (status && announce) status.textContent = announce;
    };

    form.hidden = false;
    this.listen(form, chosen, status, data, names, render);
    if (location.search.includes('gemeenten=') || location.search.includes('maat=')) render(null);
    else showControls();
  }

  /** The 342 suggestions are added when the field is first used, not while the page opens. */
  private suggestNames(form: HTMLFormElement, data: CompareData) {
    const list = this.querySelector('datalist');
    const fill = () => {
      if (list && list.childElementCount === 0)
        list.innerHTML = data.gemeenten.map((g) => `<option value="${esc(g.naam)}"></option>`).join('');
    };
    form.querySelector('input[name="toevoegen"]')?.addEventListener('focus', fill, { once: true });
  }

  /** The controls: years and measure (change), adding a gemeente (submit), removing one (click). */
  private listen(
    form: HTMLFormElement,
    chosen: HTMLElement,
    status: HTMLElement | null,
    data: CompareData,
    names: Map<string, string>,
    render: (announce: string | null) => void,
  ) {
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
