import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { SiteData } from '../../lib/content/queries';
import { layoutMap } from '../map/layout';
import { kindStyle } from '../shared/style';
import { esc } from '../shared/svg';
import { summariseCoverage } from '../../lib/national/coverage-summary';
import { COVERAGE_LEVELS } from '../../lib/coverage/coverage-level';
import { useTranslations } from '../../i18n/ui';
import type { ChartSpec } from '../shared/chart-spec';

const t = useTranslations('nl');
const SYMBOL: Record<string, string> = { bedragen: '●', besluiten: '◆', genoemd: '▲' };

/** The 2024 gemeente boundaries, read once per build. */
// The file is a copy of ../shared/sources/geo (see src/charts/map/README.md).
let topology: Topology | null = null;
export function loadTopology(): Topology {
  topology ??= JSON.parse(readFileSync(new URL('../../charts/map/gemeente_2024.topojson', `file://${process.cwd()}/src/components/charts/`), 'utf8')) as Topology;
  return topology;
}

/** The opening of a map SVG: its title and the hatch pattern `#{id}-hatch` for "unknown" shapes. */
export function mapSvgHead(layout: { width: number; height: number }, id: string, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" class="chart-svg map-svg" role="group" aria-labelledby="${id}-t" font-family="'Noto Sans', Arial, sans-serif">`,
    `<title id="${id}-t">${esc(title)}</title>`,
    `<defs><pattern id="${id}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#9a9a9a" stroke-width="1.5"/></pattern></defs>`,
  ];
}

/** A symbol on a shape, so a category does not rest on colour alone (hidden from screen readers: the link names it). */
export function mapSymbol(cx: number, cy: number, symbol: string): string {
  return `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="12" fill="#1b1b1b" stroke="#fff" stroke-width="2.5" paint-order="stroke" aria-hidden="true" pointer-events="none">${symbol}</text>`;
}

/** The coverage map: one link per gemeente of 2024, coloured and (for facts) marked by coverage level. */
export function coverageMapChart(data: SiteData): ChartSpec & { unmatched: string[] } {
  const layout = layoutMap(loadTopology(), 'gemeente_2024', 600);
  const byCode = new Map([...data.profiles.values()].map((p) => [p.gemeente.cbs_code, p]));
  const { base, counts } = summariseCoverage(data.profiles.values());
  const title = 'Kaart: wat wij per gemeente weten';
  const summary = `${counts.bedragen} van ${base} gemeenten hebben bekende bedragen, ${counts.besluiten} alleen besluiten of plannen, ${counts.genoemd} worden alleen genoemd; ${counts['niets-gevonden']} zijn onderzocht zonder resultaat en ${counts['niet-onderzocht']} nog niet onderzocht.`;
  const unmatched: string[] = [];
  const out = mapSvgHead(layout, 'kaart', title);
  const rows: Record<string, string | number>[] = [];
  // Shapes are grouped per level, so the fill is written once per level instead of 342 times.
  const groups = new Map<string, string[]>();
  for (const shape of layout.shapes) {
    const p = byCode.get(shape.code);
    if (!p) {
      unmatched.push(shape.code);
      continue;
    }
    const level = p.coverage;
    const link = `<a href="/gemeenten/${p.gemeente.slug}/" aria-label="${esc(`${p.gemeente.naam}: ${t(`coverage.${level}`)}`)}"><path d="${shape.d}" data-code="${shape.code}"/></a>`;
    groups.set(level, [...(groups.get(level) ?? []), link]);
    rows.push({ gemeente: p.gemeente.naam, cbs_code: shape.code, provincie: p.gemeente.provincie, niveau: t(`coverage.${level}`) });
  }
  for (const level of COVERAGE_LEVELS) {
    const fill = level === 'niet-onderzocht' ? 'url(#kaart-hatch)' : level === 'niets-gevonden' ? '#dcdcdc' : kindStyle(level).fill;
    if (groups.has(level)) out.push(`<g fill="${fill}" data-level="${level}">${groups.get(level)!.join('')}</g>`);
  }
  // Symbols on the shapes with facts, so the level does not rest on colour alone.
  for (const shape of layout.shapes) {
    const p = byCode.get(shape.code);
    if (!p || !SYMBOL[p.coverage]) continue;
    const [cx, cy] = shape.centroid;
    out.push(mapSymbol(cx, cy, SYMBOL[p.coverage]));
  }
  out.push('</svg>');
  rows.sort((a, b) => String(a.gemeente).localeCompare(String(b.gemeente), 'nl'));
  return {
    id: 'grafiek-kaart',
    file: 'kaart-dekking',
    png: true,
    title,
    summary,
    svg: out.join(''),
    columns: [
      { key: 'gemeente', label: 'Gemeente' },
      { key: 'cbs_code', label: 'CBS-code' },
      { key: 'provincie', label: 'Provincie' },
      { key: 'niveau', label: 'Wat wij weten' },
    ],
    rows,
    bronIds: ['cbs-gebiedsindeling-2024'],
    aside: [{ heading: 'Legenda', lines: COVERAGE_LEVELS.map((l) => `${SYMBOL[l] ? `${SYMBOL[l]} ` : ''}${t(`coverage.${l}`)}${l === 'niet-onderzocht' ? ' (gearceerd)' : l === 'niets-gevonden' ? ' (lichtgrijs)' : ''}: ${counts[l]} van ${base}`) }],
    unmatched,
  };
}
