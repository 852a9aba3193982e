import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraph } from './document';
import { buildReport } from './report';
import { importFile } from '.';
import { REAL, realHints } from './testing';

const doc = (...lines: string[]) => ({ blocks: lines.map(paragraph), hints: {}, wrapped: false });

describe('assembling a report', () => {
  it('imports a report from before 2019 without tables as template none', () => {
    const { report } = buildReport(doc('安丘市2018年政府信息公开工作年度报告', '一、概述', '2018年，主动公开政府信息300条。'), 'old.txt');
    expect(report).toEqual({
      title: '安丘市2018年政府信息公开工作年度报告',
      agency: '安丘市人民政府',
      region: ['山东省', '潍坊市', '安丘市'],
      year: 2018,
      template: 'none',
      disclosure: { total: 300 },
    });
  });

  it('keeps numbers that break the 勾稽关系 as printed and warns where', async () => {
    const { report, warnings } = await importFile(join(REAL, 'pingtan-haitan-2022', 'source.html'), realHints('pingtan-haitan-2022'));
    expect(report.template === '2019' && report.applications.results.total).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(warnings).toContain('勾稽关系 rule 2 (（七）总计等于各项办理结果之和（每一列）) broken: applications.results.total, column 自然人: expected 4, printed 0');
  });

  it('refuses a region it cannot tell apart, and takes the one given', () => {
    const lines = ['朝阳区2018年政府信息公开工作年度报告', '一、概述'];
    expect(() => buildReport(doc(...lines), 'a.txt')).toThrow('a.txt: region of 朝阳区人民政府 is ambiguous (北京市/朝阳区, 吉林省/长春市/朝阳区); pass --region');
    expect(buildReport({ ...doc(...lines), hints: { region: ['北京市', '朝阳区'] } }, 'a.txt').report.region).toEqual(['北京市', '朝阳区']);
  });
});
