import { describe, expect, test } from 'vitest';
import { parseReport, realFixtures, seedReport, seeds } from '../test-support/seeds';
import { checkReport, checkWithHistory, describeFinding, type Finding } from './index';

const brief = (f: Finding) => ({ rule: f.rule, table: f.table, row: f.row, column: f.column, expected: f.expected, actual: f.actual });

describe('勾稽关系 checks', () => {
  test.each(seeds())('finds nothing wrong in seed $name', ({ expected }) => {
    expect(checkReport(parseReport(structuredClone(expected)))).toEqual([]);
  });

  test('finds exactly the breaks transcribed by hand in the real published reports', () => {
    const found = Object.fromEntries(
      realFixtures().map((f) => [f.name, checkReport(parseReport(f.expected)).map((x) => `${x.rule} ${x.row}[${x.column}] ${x.expected}≠${x.actual}`)]),
    );
    expect(found).toEqual({
      'pingtan-2024': [],
      'pingtan-haitan-2022': ['1 results.total[0] 4≠0', '1 results.total[6] 4≠0', '2 results.total[0] 4≠0', '2 results.total[6] 4≠0'],
      'pingtan-shehuishiye-2024': ['4 litigation_after_review[4] 19≠15'],
      'pingtan-shichangjianguan-2020': [],
      'pingtan-ziranziyuan-2020': ['2 results.total[4] 1≠0', '2 results.total[6] 10≠9'],
    });
    // The hand-made notes list the same number of breaks.
    for (const f of realFixtures()) expect(found[f.name]).toHaveLength(f.violations.length);
  });

  test('rule 1 reports column 科研机构 when received + carried over ≠ total + carried forward', () => {
    const r = seedReport();
    r.applications.received[2] = 1;
    r.applications.received[6] = 3;
    const findings = checkReport(r).filter((f) => f.rule === 1);
    expect(findings.map(brief)).toEqual([
      { rule: 1, table: 'applications', row: 'results.total', column: 2, expected: 1, actual: 0 },
      { rule: 1, table: 'applications', row: 'results.total', column: 6, expected: 3, actual: 2 },
    ]);
    expect(findings[0]!.cells).toContainEqual({ table: 'applications', row: 'received', column: 2 });
    expect(findings[0]!.cells).toContainEqual({ table: 'applications', row: 'carried_forward', column: 2 });
  });

  test('rule 2 reports column 自然人 when the result rows do not add up to （七）总计', () => {
    const r = seedReport();
    r.applications.results.withheld.third_party[0] = 1;
    r.applications.results.withheld.third_party[6] = 1;
    const findings = checkReport(r);
    expect(findings.map(brief)).toEqual([
      { rule: 2, table: 'applications', row: 'results.total', column: 0, expected: 3, actual: 2 },
      { rule: 2, table: 'applications', row: 'results.total', column: 6, expected: 3, actual: 2 },
    ]);
    expect(findings[0]!.cells).toContainEqual({ table: 'applications', row: 'results.withheld.third_party', column: 0 });
  });

  test('rule 2 counts the three （六）其他处理 rows of template 2021', () => {
    const r = seedReport();
    if (r.template !== '2021') throw new Error('seed 0 uses template 2021');
    r.applications.results.other.unpaid_fee = [0, 1, 0, 0, 0, 0, 1];
    expect(checkReport(r).filter((f) => f.rule === 2).map((f) => f.column)).toEqual([1, 6]);
  });

  test('rule 3 reports the 总计 cell of row （一）予以公开 when it is not the sum of the six columns', () => {
    const r = seedReport();
    r.applications.results.disclosed[6] = 5;
    const rule3 = checkReport(r).filter((f) => f.rule === 3);
    expect(rule3.map(brief)).toEqual([{ rule: 3, table: 'applications', row: 'results.disclosed', column: 6, expected: 1, actual: 5 }]);
    expect(describeFinding(rule3[0]!, '2021')).toBe('“三（一）予以公开”行：前六列之和为 1，“总计”为 5');
  });

  test('rule 4 reports the 总计 of 行政复议 when 维持 + 纠正 + 其他 + 尚未审结 differ', () => {
    const r = seedReport();
    r.appeals.review = [1, 2, 0, 0, 2];
    expect(checkReport(r).map(brief)).toEqual([{ rule: 4, table: 'appeals', row: 'review', column: 4, expected: 3, actual: 2 }]);
  });

  test('rule 5 compares this year’s 上年结转 with last year’s 结转下年度继续办理', () => {
    const thisYear = seedReport();
    const lastYear = seedReport();
    lastYear.year = thisYear.year - 1;
    lastYear.applications.carried_forward = [1, 0, 0, 0, 0, 0, 1];
    const findings = checkWithHistory(thisYear, lastYear).filter((f) => f.rule === 5);
    expect(findings.map(brief)).toEqual([
      { rule: 5, table: 'applications', row: 'carried_over', column: 0, expected: 1, actual: 0 },
      { rule: 5, table: 'applications', row: 'carried_over', column: 6, expected: 1, actual: 0 },
    ]);
    expect(findings[0]!.previousYear).toBe(thisYear.year - 1);
    // A gap year leaves nothing to compare.
    lastYear.year = thisYear.year - 2;
    expect(checkWithHistory(thisYear, lastYear)).toEqual([]);
  });

  test('counts a blank (null) cell as 0, so blanks alone break no rule', () => {
    const r = seedReport();
    r.applications.results.partially_disclosed = [null, null, null, null, null, null, null];
    r.appeals.review = [null, null, null, null, 0];
    expect(checkReport(r)).toEqual([]);
  });
});
