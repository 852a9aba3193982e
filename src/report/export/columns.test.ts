import { describe, expect, test } from 'vitest';
import { seedReport, seeds, parseReport } from '../../test-support/seeds';
import { CELL_COLUMNS } from './columns';

describe('export columns', () => {
  test('give every cell of both templates one column with a unique Chinese header', () => {
    const headers = CELL_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    const count = (t: string) => CELL_COLUMNS.filter((c) => c.templates.includes(t as never)).length;
    // 2021: 6 + 1 + 1 + 1 + 1 proactive rows' fields = 10; 25 rows × 7; 15 appeal cells.
    expect(count('2021')).toBe(10 + 175 + 15);
    // 2019: 3 + 3 + 3×4 + 2 + 2 = 22 proactive fields; 23 rows × 7; 15.
    expect(count('2019')).toBe(22 + 161 + 15);
  });

  test('name section-3 cells by row code, label and applicant column, in official order', () => {
    const headers = CELL_COLUMNS.map((c) => c.header);
    expect(headers).toContain('三（三）4.保护第三方合法权益/自然人');
    const i = (h: string) => headers.indexOf(h);
    expect(i('三（五）5.要求行政机关确认或重新出具已获取信息/总计')).toBeLessThan(i('三（六）其他处理/自然人'));
    expect(i('三（六）其他处理/总计')).toBeLessThan(i('三（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请/自然人'));
    expect(i('三（六）3.其他/总计')).toBeLessThan(i('三（七）总计/自然人'));
  });

  test('read a report’s cells: numbers, null for a blank, undefined for a cell its template lacks', () => {
    const r = seedReport();
    r.applications.results.partially_disclosed[3] = null;
    const get = (h: string) => CELL_COLUMNS.find((c) => c.header === h)!.get(r);
    expect(get('一、本年新收政府信息公开申请数量/总计')).toBe(2);
    expect(get('三（二）部分公开（区分处理的，只计这一情形，不计其他情形）/社会公益组织')).toBeNull();
    expect(get('三（六）其他处理/自然人')).toBeUndefined();
    const r2019 = parseReport(seeds()[2]!.expected);
    expect(CELL_COLUMNS.find((c) => c.header === '主动公开/其他对外管理服务事项/处理决定数量')!.get(r2019)).toBe(4);
  });
});
