import type { Finding } from '../../checks';
import { APPEAL_COLUMNS, APPEAL_ROWS, APPEALS_TITLE, LITIGATION_LABEL } from '../labels';
import type { TabledReport } from '../schema';
import { flaggedCells, type HeaderCell, type TableModel } from './model';

const [REVIEW, ...LITIGATION] = APPEAL_ROWS;
const colId = (row: string, col: string) => `ap-${row}-${col}`;

/** The column headers, the same in every report: made once, shared by every page (see html.ts). */
const HEAD: HeaderCell[][] = [
  [
    { id: `ap-${REVIEW.key}`, text: REVIEW.label, colspan: APPEAL_COLUMNS.length, scope: 'colgroup' },
    { id: 'ap-litigation', text: LITIGATION_LABEL, colspan: APPEAL_COLUMNS.length * LITIGATION.length, scope: 'colgroup' },
  ],
  [
    ...APPEAL_COLUMNS.map((c) => ({ id: colId(REVIEW.key, c.key), text: c.label, rowspan: 2, scope: 'col' as const })),
    ...LITIGATION.map((r) => ({ id: `ap-${r.key}`, text: r.label, colspan: APPEAL_COLUMNS.length, scope: 'colgroup' as const })),
  ],
  LITIGATION.flatMap((r) => APPEAL_COLUMNS.map((c) => ({ id: colId(r.key, c.key), text: c.label, scope: 'col' as const }))),
];

/** Each cell's place, the same in every report: made once, shared by every page (see html.ts). */
const PLACES = APPEAL_ROWS.flatMap((r) =>
  APPEAL_COLUMNS.map((c, column) => ({
    row: r.key,
    column,
    key: `appeals.${r.key}[${column}]`,
    headers: [...(r.key === REVIEW.key ? [] : ['ap-litigation']), `ap-${r.key}`, colId(r.key, c.key)],
  })),
);

/** Section 4 laid out like the official table: one row of 15 cells under 行政复议 and 行政诉讼 (two kinds). */
export function appealsTableModel(report: TabledReport, findings: readonly Finding[]): TableModel {
  const isFlagged = flaggedCells(findings);
  const cells = PLACES.map(({ row, column, key, headers }) => ({
    value: report.appeals[row][column] ?? null,
    key,
    headers,
    flagged: isFlagged({ table: 'appeals', row, column }),
  }));
  return { id: 'appeals-table', caption: `四、${APPEALS_TITLE}`, head: HEAD, body: [{ headers: [], cells }], layout: PLACES };
}
