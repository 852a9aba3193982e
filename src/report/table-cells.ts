import { APPLICATION_ROWS, type ApplicationRow } from './labels';
import type { Applications, Cell, TabledReport } from './schema';

/** The 7 cells of one section-3 row, found by the row's key path. */
export function applicationCells(applications: Applications, row: Pick<ApplicationRow, 'path'>): Cell[] {
  let node: unknown = applications;
  for (const key of row.path) node = (node as Record<string, unknown>)[key];
  if (!Array.isArray(node)) throw new Error(`applications.${row.path.join('.')} is not a row`);
  return node as Cell[];
}

/** Section-3 rows of a report in official order, each with its cells. */
export function applicationTable(report: TabledReport): { row: ApplicationRow; cells: Cell[] }[] {
  return APPLICATION_ROWS[report.template].map((row) => ({ row, cells: applicationCells(report.applications, row) }));
}

/** null counts as 0 in checks and totals (a blank cell adds nothing), never on display. */
export const num = (c: Cell | undefined): number => c ?? 0;
export const sum = (cells: readonly (Cell | undefined)[]): number => cells.reduce<number>((s, c) => s + num(c), 0);
