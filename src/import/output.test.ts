import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../report/schema';
import { reportToMarkdown } from '../report/write';
import { reportPath } from './output';

const report = {
  title: '安丘市凌河街道办事处2023年政府信息公开工作年度报告',
  agency: '安丘市凌河街道办事处',
  region: ['山东省', '潍坊市', '安丘市'],
  year: 2023,
  published: '2024-01-13',
  template: 'none' as const,
  contact: { postcode: '262100', phone: '0536-4641001' },
};

describe('report files', () => {
  it('are written under the year and the agency slug', () => {
    expect(reportPath('content/reports', report)).toBe('content/reports/2023/anqiushi-linghejiedao-banshichu.md');
  });

  it('hold frontmatter that reads back to the same object and passes the schema', () => {
    const file = reportToMarkdown(report, '## 一、总体情况\n');
    const [, yaml, body] = file.split(/^---$/mu);
    expect(parse(yaml!)).toEqual(report);
    expect(reportSchema.safeParse(parse(yaml!)).success).toBe(true);
    expect(body).toBe('\n\n## 一、总体情况\n');
  });

  it('write a row of cells on one line and keep postcodes as text', () => {
    const file = reportToMarkdown({ ...report, region: ['山东省'] }, '');
    expect(file).toContain('region: [山东省]');
    expect(file).toContain('postcode: "262100"');
  });
});
