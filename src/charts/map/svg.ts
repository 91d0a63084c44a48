import { hatchDefs, svgOpen } from '../shared/svg';

/**
 * The opening of a map SVG: its title and the hatch pattern `#{id}-hatch` for "unknown" shapes.
 * A map is a group of links (each shape names its gemeente), not one image, so it has no desc.
 */
export function mapSvgHead(layout: { width: number; height: number }, id: string, title: string): string[] {
  return [
    svgOpen({
      id,
      title,
      width: layout.width,
      height: layout.height,
      className: 'chart-svg map-svg',
      role: 'group',
      fontSize: null,
    }),
    hatchDefs(`${id}-hatch`),
  ];
}

/** A symbol on a shape, so a category does not rest on colour alone (hidden from screen readers: the link names it). */
export function mapSymbol(cx: number, cy: number, symbol: string): string {
  return `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="12" fill="#1b1b1b" stroke="#fff" stroke-width="2.5" paint-order="stroke" aria-hidden="true" pointer-events="none">${symbol}</text>`;
}
