import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, type TableTemplate } from '../../report/labels';
import { paragraph, row, type Block } from '../document';
import { readAppeals } from './appeals';
import { readApplications } from './applications';
import { readProactive } from './proactive';
import { tokenize } from './tokens';

const zeros = (n: number) => Array.from({ length: n }, () => '0');

/** A section-3 table as an HTML page has it: label cell, then 7 cells; `cells` overrides one row. */
function applicationsTable(template: TableTemplate, cells: Record<string, string[]> = {}): Block[] {
  return APPLICATION_ROWS[template].map((r) => row([`${r.number}${r.label}`, ...(cells[r.path.join('.')] ?? zeros(7))]));
}

describe('section 3', () => {
  it('keeps blank and “/” cells as null in their columns', () => {
    const out = readApplications(tokenize(applicationsTable('2021', { received: ['2', '', '/', '—', '0', '无', '2'] })), '2021');
    expect(out['received']).toEqual([2, null, null, null, 0, null, 2]);
  });

  it('reads the single （六）其他处理 row of the 2019 template', () => {
    const out = readApplications(tokenize(applicationsTable('2019', { 'results.other': ['3', '0', '0', '0', '0', '0', '3'] })), '2019');
    expect((out['results'] as Record<string, unknown>)['other']).toEqual([3, 0, 0, 0, 0, 0, 3]);
  });

  it('refuses a row printed out of order', () => {
    const blocks = applicationsTable('2021');
    [blocks[0], blocks[1]] = [blocks[1]!, blocks[0]!];
    expect(() => readApplications(tokenize(blocks), '2021')).toThrow('section 3: expected row 一、 本年新收政府信息公开申请数量 but the numbers follow “二、上年结转政府信息公开申请数量”');
  });

  it('refuses a fraction where a count belongs, naming row and column', () => {
    const blocks = applicationsTable('2021', { carried_over: ['0', '1.5', '0', '0', '0', '0', '0'] });
    expect(() => readApplications(tokenize(blocks), '2021')).toThrow('section 3 row 二、 上年结转政府信息公开申请数量, column 商业企业: “1.5” is a fraction, expected a whole number');
  });
});

describe('section 2', () => {
  const table = (rows: Block[]) => [paragraph('第二十条第（一）项'), row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']), ...rows];

  it('leaves a row the report omits empty, with a warning', () => {
    const warnings: string[] = [];
    const out = readProactive(tokenize(table([row(['规范性文件', '5', '0', '0'])])), '2021', (w) => warnings.push(w));
    expect(out['rules']).toEqual({ issued: null, repealed: null, in_force: null });
    expect(out['normative_documents']).toEqual({ issued: 5, repealed: 0, in_force: 0 });
    expect(warnings).toContain('section 2 has no row 规章; its cells are left empty');
  });

  it('reads an amount in a column headed in 元 as 万元', () => {
    const blocks = [row(['信息内容', '本年收费金额（单位：元）']), row(['行政事业性收费', '25000'])];
    expect(readProactive(tokenize(blocks), '2021', () => {})['fees']).toEqual({ amount: 2.5 });
  });

  it('keeps a negative 本年增/减', () => {
    const blocks = [row(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']), row(['行政许可', '20', '-2', '7'])];
    expect(readProactive(tokenize(blocks), '2019', () => {})['licensing']).toEqual({ previous: 20, change: -2, decisions: 7 });
  });
});

describe('section 4', () => {
  const header = [row(['行政复议', '行政诉讼']), row(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'])];

  it('splits the one row of 15 cells into its three parts', () => {
    const cells = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '13', '2', '4', '0', '15'];
    expect(readAppeals(tokenize([...header, row(cells)]))).toEqual({
      review: [1, 0, 0, 0, 1],
      litigation_direct: [0, 0, 0, 0, 0],
      litigation_after_review: [13, 2, 4, 0, 15],
    });
  });

  it('reads one labelled row per part', () => {
    const blocks = [row(['', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']), row(['行政复议', ...zeros(5)]), row(['未经复议直接起诉', ...zeros(5)]), row(['复议后起诉', '1', '0', '0', '0', '1'])];
    expect(readAppeals(tokenize(blocks))['litigation_after_review']).toEqual([1, 0, 0, 0, 1]);
  });

  it('refuses a row of the wrong length', () => {
    expect(() => readAppeals(tokenize([...header, row(zeros(14))]))).toThrow('section 4 table has 14 numbers, expected 15 (5 for each of 行政复议, 未经复议直接起诉, 复议后起诉)');
  });
});
