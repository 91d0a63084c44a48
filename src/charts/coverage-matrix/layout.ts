/** Coverage of one year as the model states it: the strongest kind of fact that touches it (null: nothing). */
export type YearLevel = 'bedragen' | 'besluiten' | 'genoemd' | null;

export interface MatrixRow {
  key: string;
  label: string;
  cells: YearLevel[];
}
export interface MatrixLayout {
  width: number;
  height: number;
  labelWidth: number;
  columns: { label: string; x: number; width: number }[];
  rows: { key: string; label: string; y: number; cells: { x: number; level: YearLevel }[] }[];
  cellHeight: number;
}

/** Grid positions: one row per gemeente, one column per year (and "onbekend"). */
export function layoutMatrix(
  rows: MatrixRow[],
  columns: string[],
  width = 640,
  labelWidth = 170,
  cellHeight = 22,
): MatrixLayout {
  const head = 24;
  const cw = columns.length > 0 ? (width - labelWidth) / columns.length : 0;
  return {
    width,
    height: head + rows.length * cellHeight,
    labelWidth,
    cellHeight,
    columns: columns.map((label, i) => ({ label, x: labelWidth + i * cw, width: cw })),
    rows: rows.map((row, r) => ({
      key: row.key,
      label: row.label,
      y: head + r * cellHeight,
      cells: row.cells.map((level, i) => ({ x: labelWidth + i * cw, level })),
    })),
  };
}
