/** Everything a chart block needs: the SVG, its words, and exactly the rows it shows. */
export interface ChartSpec {
  /** Anchor on the page (#id). */
  id: string;
  /** Name of the downloads: /grafieken/{file}.csv and .svg. */
  file: string;
  title: string;
  summary: string;
  svg: string;
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
