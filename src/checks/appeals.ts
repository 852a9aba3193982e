import { APPEAL_COLUMNS, APPEAL_ROWS } from '../report/labels';
import { num, sum } from '../report/table-cells';
import type { TabledReport } from '../report/schema';
import type { Finding } from './findings';

const TOTAL_COLUMN = APPEAL_COLUMNS.length - 1;

/** Rule 4: in every section-4 row, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function checkAppealTotals(report: TabledReport): Finding[] {
  return APPEAL_ROWS.flatMap(({ key }): Finding[] => {
    const cells = report.appeals[key];
    const expected = sum(cells.slice(0, TOTAL_COLUMN));
    const actual = num(cells[TOTAL_COLUMN]);
    if (expected === actual) return [];
    return [
      {
        rule: 4,
        table: 'appeals',
        row: key,
        column: TOTAL_COLUMN,
        expected,
        actual,
        cells: APPEAL_COLUMNS.map((_, column) => ({ table: 'appeals' as const, row: key, column })),
      },
    ];
  });
}
