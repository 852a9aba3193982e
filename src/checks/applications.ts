import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../report/labels';
import { applicationCells, applicationTable, num, sum } from '../report/table-cells';
import type { TabledReport } from '../report/schema';
import type { CellRef, Finding } from './findings';

const TOTAL_COLUMN = APPLICANT_COLUMNS.length - 1;
const COLUMNS = APPLICANT_COLUMNS.map((_, i) => i);
const ref = (row: string, column: number): CellRef => ({ table: 'applications', row, column });

/** Rule 1: received + carried_over = results.total + carried_forward, in every column. */
export function checkBalance(report: TabledReport): Finding[] {
  const a = report.applications;
  return COLUMNS.flatMap((c): Finding[] => {
    const expected = num(a.received[c]) + num(a.carried_over[c]);
    const actual = num(a.results.total[c]) + num(a.carried_forward[c]);
    if (expected === actual) return [];
    const cells = ['received', 'carried_over', 'results.total', 'carried_forward'].map((r) => ref(r, c));
    return [{ rule: 1, table: 'applications', row: 'results.total', column: c, expected, actual, cells }];
  });
}

/** Rule 2: results.total = the sum of every result row, in every column. */
export function checkResultsTotal(report: TabledReport): Finding[] {
  const resultRows = APPLICATION_ROWS[report.template].filter((r) => r.isResult);
  const total = report.applications.results.total;
  return COLUMNS.flatMap((c): Finding[] => {
    const expected = sum(resultRows.map((r) => applicationCells(report.applications, r)[c]));
    const actual = num(total[c]);
    if (expected === actual) return [];
    const cells = [...resultRows.map((r) => ref(r.path.join('.'), c)), ref('results.total', c)];
    return [{ rule: 2, table: 'applications', row: 'results.total', column: c, expected, actual, cells }];
  });
}

/** Rule 3: in every row, 总计 = the sum of the six applicant columns. */
export function checkRowTotals(report: TabledReport): Finding[] {
  return applicationTable(report).flatMap(({ row, cells }): Finding[] => {
    const expected = sum(cells.slice(0, TOTAL_COLUMN));
    const actual = num(cells[TOTAL_COLUMN]);
    if (expected === actual) return [];
    const path = row.path.join('.');
    return [
      {
        rule: 3,
        table: 'applications',
        row: path,
        column: TOTAL_COLUMN,
        expected,
        actual,
        cells: COLUMNS.map((c) => ref(path, c)),
      },
    ];
  });
}
