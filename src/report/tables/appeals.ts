import type { Finding } from '../../checks';
import { APPEAL_COLUMNS, APPEAL_ROWS, APPEALS_TITLE, LITIGATION_LABEL } from '../labels';
import type { TabledReport } from '../schema';
import { flaggedCells, type HeaderCell, type TableModel } from './model';

const [REVIEW, ...LITIGATION] = APPEAL_ROWS;
const colId = (row: string, col: string) => `ap-${row}-${col}`;

/** Section 4 laid out like the official table: one row of 15 cells under 行政复议 and 行政诉讼 (two kinds). */
export function appealsTableModel(report: TabledReport, findings: readonly Finding[]): TableModel {
  const isFlagged = flaggedCells(findings);
  const head: HeaderCell[][] = [
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
  const cells = APPEAL_ROWS.flatMap((r) =>
    APPEAL_COLUMNS.map((c, column) => ({
      value: report.appeals[r.key][column] ?? null,
      key: `appeals.${r.key}[${column}]`,
      headers: [...(r.key === REVIEW.key ? [] : ['ap-litigation']), `ap-${r.key}`, colId(r.key, c.key)],
      flagged: isFlagged({ table: 'appeals', row: r.key, column }),
    })),
  );
  return { id: 'appeals-table', caption: `四、${APPEALS_TITLE}`, head, body: [{ headers: [], cells }] };
}
