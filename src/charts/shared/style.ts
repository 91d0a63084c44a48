/**
 * Fills and strokes per style key. Light fills with a dark outline and dark text keep labels at
 * WCAG AA contrast; hues follow the Okabe-Ito colour-blind-safe set, and every bar also carries
 * a text label, so colour never carries meaning alone.
 */
export const KIND_STYLE: Record<string, { fill: string; stroke: string }> = {
  toekenning: { fill: '#cde3f6', stroke: '#0b5394' },
  gepland: { fill: '#e6ddf3', stroke: '#5b3a8c' },
  begroot: { fill: '#fde3b8', stroke: '#8a5300' },
  besteed: { fill: '#cdeccf', stroke: '#0a5e2a' },
  onderbesteed: { fill: '#ececec', stroke: '#4a4a4a' },
  vrijgevallen: { fill: '#ececec', stroke: '#4a4a4a' },
  'verschuiving-uit': { fill: '#f7d4d4', stroke: '#9b1c1c' },
  'verschuiving-naar': { fill: '#d3ecf2', stroke: '#0e5a6e' },
  totaal: { fill: '#ffffff', stroke: '#1b1b1b' },
  deel: { fill: '#cde3f6', stroke: '#0b5394' },
  bedragen: { fill: '#1b7837', stroke: '#0a3d1a' },
  besluiten: { fill: '#7fbce6', stroke: '#0b4f8a' },
  genoemd: { fill: '#f1c27d', stroke: '#6b3d00' },
  opgevraagd: { fill: '#f6e7a6', stroke: '#5c4a00' },
  'niets-gevonden': { fill: '#ffffff', stroke: '#4a4a4a' },
  'niet-onderzocht': { fill: '#ffffff', stroke: '#8a8a8a' },
};

/** The style of a key, with a neutral fallback. */
export function kindStyle(kind: string): { fill: string; stroke: string } {
  return KIND_STYLE[kind] ?? { fill: '#ececec', stroke: '#4a4a4a' };
}
