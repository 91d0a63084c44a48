/**
 * A column of a chart's data. The CSV header is the key. `numeric`: every cell is a number or
 * empty (never text such as "niet gemeld": that goes in a status column); `decimal` numbers get a
 * decimal comma in the Excel variant. Display text (with € and thousands dots) only goes in a
 * column whose key ends in `_weergave`. `only` keeps a column to the page's table or to the CSV.
 */
export interface ChartColumn {
  key: string;
  label: string;
  numeric?: 'integer' | 'decimal';
  only?: 'table' | 'csv';
}

/** The columns of a chart's CSV download, in order. */
export const csvColumns = (columns: readonly ChartColumn[]) => columns.filter((c) => c.only !== 'table');
/** The columns of a chart's table on the page, in order. */
export const tableColumns = (columns: readonly ChartColumn[]) => columns.filter((c) => c.only !== 'csv');

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
  /** A smaller drawing for a short version of the chart on a wide screen (the home page's national money). */
  svgCompact?: string;
  /** Set when nothing can be drawn (every line lacks a year): the chart is this one sentence instead. */
  nothingToDraw?: string;
  columns: ChartColumn[];
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

/** What a chart states itself; the builder fills in the rest. */
export type ChartParts = Omit<ChartSpec, 'bronIds' | 'aside'> & {
  /** The sources of the rows; duplicates are dropped, the first mention's order kept. */
  bronIds?: Iterable<string>;
  aside?: ChartSpec['aside'];
};

/** A chart spec from the parts that differ between charts: no sources and nothing beside it unless given. */
export function chartSpec({ bronIds = [], aside = [], ...parts }: ChartParts): ChartSpec {
  return { ...parts, bronIds: [...new Set(bronIds)], aside };
}

/** A national chart: also offered as PNG (see `png`). */
export const nationalChart = (parts: Omit<ChartParts, 'png'>): ChartSpec => chartSpec({ ...parts, png: true });
