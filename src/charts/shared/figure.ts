/**
 * The chart block: a chart's title, summary, drawing, notes, sources, data table and downloads as
 * HTML. The one renderer of a chart on a page: Chart.astro writes it into the built page and the
 * compare view (src/scripts/compare-view.ts) draws the same block in the browser, so the two
 * cannot drift (tests/e2e/compare.test.ts compares them).
 */
import type { ChartSpec } from './chart-spec';
import { tableColumns } from './chart-spec';
import { esc } from './svg';
import { EXCEL_LINK_TEXT, chartExcelPath } from './downloads';

/** A source as the block names it: its page on this site, the document or where it lies, and a warning in words. */
export interface ChartSource {
  titel: string;
  /** This site's page about the source. */
  href: string;
  url: string | null;
  vindplaats: string | null;
  /** "niet openbaar", "secundaire bron (…)"; null for a public primary source. */
  warning: string | null;
}

/** Where the block's download links point: the build's files, or in the browser the view's own. */
export interface ChartLinks {
  csv: string;
  excel: string;
  svg: string;
  png?: string;
}

/** The published downloads of a chart. */
export function publishedLinks(spec: Pick<ChartSpec, 'file' | 'png'>): ChartLinks {
  return { csv: `/grafieken/${spec.file}.csv`, excel: chartExcelPath(spec.file), svg: `/grafieken/${spec.file}.svg`, ...(spec.png ? { png: `/grafieken/${spec.file}.png` } : {}) };
}

// Texts built for SVG and CSV use plain spaces; on the page "€" never ends a line.
const nb = (text: string) => esc(text).replace(/€ /g, '€\u00a0');

/** "Bron: title (document); title (vindplaats: …)." with a warning in words where the source is not public or secondary. Also on the embed pages. */
export function sourceLine(spec: ChartSpec, source: (id: string) => ChartSource | undefined): string {
  const sources = spec.bronIds.map(source).filter((b) => b !== undefined);
  if (sources.length === 0) return '';
  const named = sources.map((b) => {
    const where = b.url ? ` (<a href="${esc(b.url)}">document</a>)` : ` (vindplaats: ${esc(b.vindplaats ?? '')})`;
    return `<a href="${esc(b.href)}">${esc(b.titel)}</a>${where}${b.warning ? `<span class="source-warning"> ${esc(b.warning)}</span>` : ''}`;
  });
  return `<p class="chart-source">Bron: ${named.join('; ')}.</p>`;
}

/** The table with exactly the rows the chart shows; a source id is shown as its title. Also on the embed pages. */
export function dataTable(spec: ChartSpec, source: (id: string) => ChartSource | undefined, open: boolean): string {
  const columns = tableColumns(spec.columns);
  const head = columns.map((c) => `<th scope="col" data-col="${esc(c.key)}">${esc(c.label)}</th>`).join('');
  const cell = (key: string, value: string | number | undefined) => esc(key === 'bron' ? (source(String(value))?.titel ?? value ?? '') : (value ?? ''));
  const body = spec.rows.map((row) => `<tr>${columns.map((c) => `<td data-col="${esc(c.key)}">${cell(c.key, row[c.key])}</td>`).join('')}</tr>`).join('');
  const count = `${spec.rows.length} ${spec.rows.length === 1 ? 'regel' : 'regels'}`;
  return (
    `<details class="chart-table"${open ? ' open' : ''} data-pagefind-ignore><summary>Tabel met dezelfde gegevens (${count})</summary>` +
    `<div class="table-scroll"><table><caption>${esc(spec.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`
  );
}

function actions(spec: ChartSpec, links: ChartLinks): string {
  const a = (href: string, name: string, text: string) => `<a href="${esc(href)}" download="${esc(name)}">${text}</a>`;
  return (
    `<p class="chart-actions">${a(links.csv, `${spec.file}.csv`, 'download de data (CSV)')}${a(links.excel, `${spec.file}-excel.csv`, EXCEL_LINK_TEXT)}` +
    `${a(links.svg, `${spec.file}.svg`, 'download als afbeelding (SVG)')}${links.png ? a(links.png, `${spec.file}.png`, 'als PNG') : ''}<a href="#${esc(spec.id)}">link naar deze grafiek</a></p>`
  );
}

/**
 * The block of one chart. The search index skips the drawing and its table: they repeat the
 * page's own figures, and on national charts they name every gemeente, so a search for one
 * would find the overview first.
 */
export function chartBlock(spec: ChartSpec, source: (id: string) => ChartSource | undefined, options: { open?: boolean; links?: ChartLinks } = {}): string {
  const id = esc(spec.id);
  const heading = (attrs: string) => `<h3${attrs}>${esc(spec.title)}<a class="anchor" href="#${id}">link</a></h3>`;
  if (spec.nothingToDraw) return `<div class="chart-empty" id="${id}">${heading('')}<p>${nb(spec.nothingToDraw)}</p></div>`;
  const frame = `<div class="chart-frame" tabindex="0" role="group" aria-label="Grafiek: ${esc(spec.title)}" data-pagefind-ignore>`;
  const drawing = spec.svgNarrow ? `${frame}<div class="chart-wide">${spec.svg}</div><div class="chart-narrow">${spec.svgNarrow}</div></div>` : `${frame}${spec.svg}</div>`;
  const asides = spec.aside.map((block) => `<div class="chart-aside"><p><strong>${esc(block.heading)}</strong></p><ul>${block.lines.map((line) => `<li>${nb(line)}</li>`).join('')}</ul></div>`).join('');
  return (
    `<figure class="chart" id="${id}" aria-labelledby="${id}-titel">${heading(` id="${id}-titel"`)}<p class="chart-summary">${nb(spec.summary)}</p>${drawing}${asides}` +
    `<figcaption>${sourceLine(spec, source)}${dataTable(spec, source, options.open ?? false)}${actions(spec, options.links ?? publishedLinks(spec))}</figcaption></figure>`
  );
}
