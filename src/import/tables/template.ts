import type { TableTemplate } from '../../report/labels';
import { labelKey } from '../normalize';
import { TableProblem } from './problem';

// Labels only one of the two official layouts prints.
const MARKS_2021 = { proactive: ['本年制发件数', '本年处理决定数量', '本年收费金额'], applications: ['逾期不补正', '逾期未按收费通知'] };
const MARKS_2019 = { proactive: ['本年新制作数量', '上一年项目数量', '政府集中采购', '采购项目数量'], applications: [] as string[] };

const has = (text: string, marks: readonly string[]) => marks.some((m) => text.includes(labelKey(m)));

/**
 * Recognises the table layout from the tables themselves, not the year: some agencies kept the
 * 2019 tables in later reports. Section 3's （六）其他处理 rows decide; section 2 must agree.
 */
export function detectTemplate(proactiveText: string, applicationsText: string): TableTemplate {
  const s3 = labelKey(applicationsText);
  const s2 = labelKey(proactiveText);
  // A table cut off before （六）其他处理 does not tell; section 2 then decides.
  const fromApplications: TableTemplate | undefined = has(s3, MARKS_2021.applications) ? '2021' : s3.includes('其他处理') ? '2019' : undefined;
  const s2is2021 = has(s2, MARKS_2021.proactive);
  const s2is2019 = has(s2, MARKS_2019.proactive);
  const fromProactive: TableTemplate | undefined = s2is2021 === s2is2019 ? undefined : s2is2021 ? '2021' : '2019';
  if (fromProactive && fromApplications && fromProactive !== fromApplications) {
    throw new TableProblem(
      `section 2 follows the ${fromProactive} template but section 3 the ${fromApplications} one (（六）其他处理 ${fromApplications === '2021' ? 'has three rows' : 'is a single row'})`,
    );
  }
  return fromApplications ?? fromProactive ?? '2021';
}
