import { APPLICANT_COLUMNS } from '../report/labels';
import { num } from '../report/table-cells';
import type { TabledReport } from '../report/schema';
import type { Finding } from './findings';

/**
 * Rule 5: this year's 上年结转 equals last year's 结转下年度继续办理, per column.
 * Only adjacent years are compared: with a year missing there is nothing to compare against.
 */
export function checkCarryOver(report: TabledReport, previous: TabledReport | undefined): Finding[] {
  if (!previous || previous.year !== report.year - 1) return [];
  return APPLICANT_COLUMNS.flatMap((_, c): Finding[] => {
    const expected = num(previous.applications.carried_forward[c]);
    const actual = num(report.applications.carried_over[c]);
    if (expected === actual) return [];
    return [
      {
        rule: 5,
        table: 'applications',
        row: 'carried_over',
        column: c,
        expected,
        actual,
        cells: [{ table: 'applications', row: 'carried_over', column: c }],
        previousYear: previous.year,
      },
    ];
  });
}
