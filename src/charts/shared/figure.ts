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
import { tableCell, tableLabel } from './table-cells';

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

/** How a page shows a chart block; every option has a default that shows the whole block. */
export interface ChartBlockOptions {
  /** Show the data table open instead of behind one click. */
  open?: boolean;
  links?: ChartLinks;
  /** False where the text right before the chart already says what its summary says. */
  showSummary?: boolean;
  /** A short version: the compact drawing (where the chart has one) and no notes beside it; the details live on another page. */
  compact?: boolean;
  /**
   * The tables on the same page that hold exactly this chart's rows, with their sources and quotes:
   * then the block points at them instead of repeating them (issue 22: a gemeente page with 210
   * lines carried every line three times).
   */
  tableIn?: { href: string; label: string }[];
  /** One line under the drawing that says what its marks mean. */
  legend?: string;
}

/** The published downloads of a chart. */
export function publishedLinks(spec: Pick<ChartSpec, 'file' | 'png'>): ChartLinks {
  return {
    csv: `/grafieken/${spec.file}.csv`,
    excel: chartExcelPath(spec.file),
    svg: `/grafieken/${spec.file}.svg`,
    ...(spec.png ? { png: `/grafieken/${spec.file}.png` } : {}),
  };
}

// Texts built for SVG and CSV use plain spaces; on the page "€" never ends a line.
const nb = (text: string) => esc(text).replace(/€ /g, '€\u00a0');
// A screen reader hears which chart a link belongs to: on a page with two charts, "download de data" leads to two places.
const whose = (spec: ChartSpec) => `<span class="visually-hidden">: ${esc(spec.title)}</span>`;

/**
 * The title with its quiet "link" anchor BESIDE it, not inside it (the same markup as
 * Heading.astro): inside, the figure's name read "...per jaarlink" (issue 22).
 */
function heading(spec: ChartSpec): string {
  const id = esc(spec.id);
  return `<div class="heading-row h3-row"><h3 id="${id}-titel">${esc(spec.title)}</h3><a class="anchor" href="#${id}">link<span class="visually-hidden"> naar dit deel: ${esc(spec.title)}</span></a></div>`;
}

/** "Bron: title; title." named by title (links to different places read differently), with a warning in words where the source is not public or secondary. Also on the embed pages. */
export function sourceLine(spec: ChartSpec, source: (id: string) => ChartSource | undefined): string {
  const sources = spec.bronIds.map(source).filter((b) => b !== undefined);
  if (sources.length === 0) return '';
  const named = sources.map(
    (b) =>
      `<a href="${esc(b.href)}">${esc(b.titel)}</a>${b.warning ? `<span class="source-warning"> (${esc(b.warning)})</span>` : ''}`,
  );
  return `<p class="chart-source">Bron: ${named.join('; ')}.</p>`;
}

/** The table with exactly the rows the chart shows, in the page's Dutch ("€ 2.932.000", "in totaal"); a source id is shown as its title. Also on the embed pages. */
export function dataTable(spec: ChartSpec, source: (id: string) => ChartSource | undefined, open: boolean): string {
  const columns = tableColumns(spec.columns);
  const head = columns.map((c) => `<th scope="col" data-col="${esc(c.key)}">${esc(tableLabel(c))}</th>`).join('');
  const cell = (c: (typeof columns)[number], value: string | number | undefined) =>
    esc(c.key === 'bron' ? (source(String(value))?.titel ?? value ?? '') : tableCell(c, value));
  const body = spec.rows
    .map((row) => `<tr>${columns.map((c) => `<td data-col="${esc(c.key)}">${cell(c, row[c.key])}</td>`).join('')}</tr>`)
    .join('');
  const count = `${spec.rows.length} ${spec.rows.length === 1 ? 'regel' : 'regels'}`;
  return (
    `<details class="chart-table"${open ? ' open' : ''} data-pagefind-ignore><summary>Tabel met dezelfde gegevens (${count})</summary>` +
    `<div class="table-scroll"><table><caption>${esc(spec.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`
  );
}

/** Instead of a copy of the table: where on the page the same rows stand, each with its source. */
function tablePointer(tables: { href: string; label: string }[]): string {
  const links = tables
    .map(
      (t, i) => `${i === 0 ? '' : i === tables.length - 1 ? ' en ' : ', '}<a href="${esc(t.href)}">${esc(t.label)}</a>`,
    )
    .join('');
  return `<p class="chart-table-note">Dezelfde gegevens als tabel, met de bron bij elke regel: ${links}.</p>`;
}

function actions(spec: ChartSpec, links: ChartLinks): string {
  const a = (href: string, name: string, text: string) =>
    `<a href="${esc(href)}" download="${esc(name)}">${text}${whose(spec)}</a>`;
  return (
    `<p class="chart-actions">${a(links.csv, `${spec.file}.csv`, 'download de data (CSV)')}${a(links.excel, `${spec.file}-excel.csv`, EXCEL_LINK_TEXT)}` +
    `${a(links.svg, `${spec.file}.svg`, 'download als afbeelding (SVG)')}${links.png ? a(links.png, `${spec.file}.png`, 'als PNG') : ''}<a href="#${esc(spec.id)}">link naar deze grafiek${whose(spec)}</a></p>`
  );
}

/**
 * A chart that cannot carry a known value is one sentence (issue 22), and where a handful of
 * values are known, the sentence and those values as a list.
 */
function nothingToDraw(spec: ChartSpec & { nothingToDraw: string }): string {
  const id = esc(spec.id);
  if (spec.aside.length === 0) return `<p class="chart-empty" id="${id}">${nb(spec.nothingToDraw)}</p>`;
  const lists = spec.aside
    .map((block) => `<ul>${block.lines.map((line) => `<li>${nb(line)}</li>`).join('')}</ul>`)
    .join('');
  return `<div class="chart-empty" id="${id}"><p>${nb(spec.nothingToDraw)}</p>${lists}</div>`;
}

/** The drawing: the wide one (or the compact one), and the phone's own where the chart has one. */
function drawing(spec: ChartSpec, compact: boolean): string {
  const frame = `<div class="chart-frame" tabindex="0" role="group" aria-label="Grafiek: ${esc(spec.title)}" data-pagefind-ignore>`;
  if (!spec.svgNarrow) return `${frame}${spec.svg}</div>`;
  const wide =
    compact && spec.svgCompact
      ? `<div class="chart-wide chart-compact">${spec.svgCompact}</div>`
      : `<div class="chart-wide">${spec.svg}</div>`;
  return `${frame}${wide}<div class="chart-narrow">${spec.svgNarrow}</div></div>`;
}

/**
 * The block of one chart. The search index skips the drawing and its table: they repeat the
 * page's own figures, and on national charts they name every gemeente, so a search for one
 * would find the overview first.
 */
export function chartBlock(
  spec: ChartSpec,
  source: (id: string) => ChartSource | undefined,
  options: ChartBlockOptions = {},
): string {
  if (spec.nothingToDraw) return nothingToDraw({ ...spec, nothingToDraw: spec.nothingToDraw });
  const { compact = false, showSummary = true, tableIn = [] } = options;
  const id = esc(spec.id);
  const summary = showSummary ? `<p class="chart-summary">${nb(spec.summary)}</p>` : '';
  const legend = options.legend ? `<p class="chart-legend muted">${nb(options.legend)}</p>` : '';
  const asides = (compact ? [] : spec.aside)
    .map(
      (block) =>
        `<div class="chart-aside"><p><strong>${esc(block.heading)}</strong></p><ul>${block.lines.map((line) => `<li>${nb(line)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const table = tableIn.length > 0 ? tablePointer(tableIn) : dataTable(spec, source, options.open ?? false);
  return (
    `<figure class="chart" id="${id}" aria-labelledby="${id}-titel">${heading(spec)}${summary}${drawing(spec, compact)}${legend}${asides}` +
    `<figcaption>${sourceLine(spec, source)}${table}${actions(spec, options.links ?? publishedLinks(spec))}</figcaption></figure>`
  );
}
