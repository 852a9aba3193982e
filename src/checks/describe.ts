import { APPEAL_ROWS, APPLICANT_COLUMNS, APPLICATION_ROWS, LITIGATION_LABEL, type TableTemplate } from '../report/labels';
import { RULES, type Finding } from './findings';

const column = (i: number) => `“${APPLICANT_COLUMNS[i]?.label ?? i + 1}”列`;

function rowName(f: Finding, template: TableTemplate): string {
  if (f.table === 'appeals') {
    const row = APPEAL_ROWS.find((r) => r.key === f.row);
    return row?.key === 'review' ? row.label : `${LITIGATION_LABEL}（${row?.label ?? f.row}）`;
  }
  const row = APPLICATION_ROWS[template].find((r) => r.path.join('.') === f.row);
  return row ? `${row.code}${row.label}` : f.row;
}

/** A finding in words a reader can check against the table, with both numbers. */
export function describeFinding(f: Finding, template: TableTemplate): string {
  switch (f.rule) {
    case 1:
      return `${column(f.column)}：本年新收与上年结转之和为 ${f.expected}，办理结果总计与结转下年度之和为 ${f.actual}`;
    case 2:
      return `${column(f.column)}：各项办理结果之和为 ${f.expected}，“（七）总计”为 ${f.actual}`;
    case 3:
      return `“${rowName(f, template)}”行：前六列之和为 ${f.expected}，“总计”为 ${f.actual}`;
    case 4:
      return `${rowName(f, template)}：结果维持、结果纠正、其他结果、尚未审结之和为 ${f.expected}，“总计”为 ${f.actual}`;
    case 5:
      return `${column(f.column)}：${f.previousYear ?? ''}年度报告“结转下年度继续办理”为 ${f.expected}，本年度“上年结转”为 ${f.actual}`;
  }
}

export const ruleText = (f: Finding): string => RULES[f.rule];
