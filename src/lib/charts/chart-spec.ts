/** Everything a chart block needs: the SVG, its words, and exactly the rows it shows. */
export interface ChartSpec {
  /** Anchor on the page (#id). */
  id: string;
  /** Name of the downloads: /grafieken/{file}.csv and .svg. */
  file: string;
  title: string;
  summary: string;
  svg: string;
  /** The phone drawing (one or more SVGs drawn at the width of a 360 px screen), shown by CSS below 40rem. */
  svgNarrow?: string;
  /** Set when nothing can be drawn (every line lacks a year): the chart is this one sentence instead. */
  nothingToDraw?: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number>[];
  bronIds: string[];
  /** Lines shown beside the chart: amounts without a year, period amounts, notes. */
  aside: { heading: string; lines: string[] }[];
  /**
   * Also offered as PNG. Only the national charts are: rendering a PNG per gemeente chart made
   * the build at 342 gemeenten many times slower, and their SVG download serves the same purpose.
   */
  png?: boolean;
}
