import type { CellRef, Finding } from '../../checks';

/** A header cell as the official table prints it (merged cells kept as spans). */
export interface HeaderCell {
  id?: string;
  text: string;
  colspan?: number;
  rowspan?: number;
  scope: 'col' | 'colgroup' | 'row';
}

/** A data cell: the printed value (null = left blank or “/”), where it lives in the data, and whether a rule flags it. */
export interface DataCell {
  value: number | null;
  /** Key path in the report, e.g. applications.results.withheld.third_party[3]. */
  key: string;
  /** Ids of the header cells that describe it. */
  headers: string[];
  flagged: boolean;
  colspan?: number;
}

export interface TableRow {
  headers: HeaderCell[];
  cells: DataCell[];
}

export interface TableModel {
  id: string;
  caption: string;
  /**
   * The shared layout the rows were made from, if any: tables of one layout differ only in their
   * values and flags, so their HTML's fixed parts are made once (html.ts).
   */
  layout?: object;
  /** Rows of column headers, top to bottom. */
  head: HeaderCell[][];
  /** Rows of the body, each optionally led by row headers. */
  body: (TableRow | { groupHeaders: HeaderCell[] })[];
}

/** How a cell reads on the page: a number as printed, or “—” for blank (never 0). */
export const displayCell = (value: number | null): string => (value === null ? '—' : String(value));

/** Whether a finding marks the cell at (table, row path, column). */
export function flaggedCells(findings: readonly Finding[]): (ref: CellRef) => boolean {
  // Most reports add up: no key to make for each of their cells.
  if (findings.length === 0) return () => false;
  const set = new Set(findings.flatMap((f) => f.cells.map((c) => `${c.table}|${c.row}|${c.column}`)));
  return (ref) => set.has(`${ref.table}|${ref.row}|${ref.column}`);
}
