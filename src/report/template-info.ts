import type { Report } from './schema';

/** A template's short name, as filters and listings show it. */
export const TEMPLATE_NAMES: Record<Report['template'], string> = { '2021': '2021年版', '2019': '2019年版', none: '无统一表格' };

/** The circular that issued each table template. */
const ISSUED_BY = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const;

/** The template a report uses in words, and a note when it is not the one official for its year. */
export function templateInfo(report: Report): { label: string; note?: string } {
  const label = report.template === 'none' ? TEMPLATE_NAMES.none : `${TEMPLATE_NAMES[report.template]}（${ISSUED_BY[report.template]}）`;
  if (report.template === '2019' && report.year >= 2021) {
    return { label, note: `本报告沿用2019年版统计表格；${report.year}年度报告的正式格式为2021年版。` };
  }
  return { label };
}
