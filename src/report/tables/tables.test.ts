import { describe, expect, test } from 'vitest';
import { checkReport } from '../../checks';
import { parseReport, seedReport, seeds } from '../../test-support/seeds';
import type { TabledReport } from '../schema';
import { appealsTableModel } from './appeals';
import { applicationsTableModel } from './applications';
import type { TableModel, TableRow } from './model';
import { proactiveTableModel } from './proactive';

const rows = (t: TableModel) => t.body.filter((r): r is TableRow => 'cells' in r);
/** Width of each body row in grid columns, counting the row headers still open from rowspans above. */
function widths(t: TableModel): number[] {
  const open: number[] = [];
  return t.body.map((row) => {
    const headers = 'cells' in row ? row.headers : row.groupHeaders;
    const carried = open.filter((n) => n > 0).length;
    for (let i = 0; i < open.length; i++) open[i]! -= 1;
    let w = carried;
    for (const h of headers) {
      w += h.colspan ?? 1;
      if ((h.rowspan ?? 1) > 1) open.push((h.rowspan ?? 1) - 1);
    }
    return w + ('cells' in row ? row.cells.reduce((s, c) => s + (c.colspan ?? 1), 0) : 0);
  });
}

describe('official table layouts', () => {
  const r2021 = seedReport(0);
  const r2019 = parseReport(seeds()[2]!.expected) as TabledReport;

  test('section 3 has 175 cells in template 2021 and 161 in template 2019, every row 10 columns wide', () => {
    for (const [r, cells] of [[r2021, 175], [r2019, 161]] as const) {
      const t = applicationsTableModel(r, []);
      expect(rows(t).flatMap((x) => x.cells)).toHaveLength(cells);
      expect(new Set(widths(t))).toEqual(new Set([10]));
    }
  });

  test('section 3 merges 三、本年度办理结果 over every result row and （三）不予公开 over its eight', () => {
    const heads = rows(applicationsTableModel(r2021, [])).flatMap((x) => x.headers);
    expect(heads.find((h) => h.text === '三、本年度办理结果')!.rowspan).toBe(22);
    expect(heads.find((h) => h.text === '（三）不予公开')!.rowspan).toBe(8);
    expect(heads.find((h) => h.text === '（六）其他处理')!.rowspan).toBe(3);
    const heads2019 = rows(applicationsTableModel(r2019, [])).flatMap((x) => x.headers);
    expect(heads2019.find((h) => h.text === '三、本年度办理结果')!.rowspan).toBe(20);
    expect(heads2019.find((h) => h.text === '（六）其他处理')!.colspan).toBe(2);
  });

  test('every data cell names header ids that exist in its table', () => {
    for (const t of [applicationsTableModel(r2021, []), appealsTableModel(r2021, []), proactiveTableModel(r2019)]) {
      const ids = new Set([...t.head.flat(), ...t.body.flatMap((r) => ('cells' in r ? r.headers : r.groupHeaders))].map((h) => h.id));
      for (const c of rows(t).flatMap((r) => r.cells)) for (const h of c.headers) expect(ids, `${c.key} → ${h}`).toContain(h);
    }
  });

  test('section 4 is one row of 15 cells under 行政复议 (5) and 行政诉讼 (10)', () => {
    const t = appealsTableModel(r2021, []);
    expect(rows(t)).toHaveLength(1);
    expect(rows(t)[0]!.cells.map((c) => c.key).slice(0, 6)).toEqual([
      'appeals.review[0]', 'appeals.review[1]', 'appeals.review[2]', 'appeals.review[3]', 'appeals.review[4]', 'appeals.litigation_direct[0]',
    ]);
    expect(t.head[0]!.map((h) => [h.text, h.colspan])).toEqual([['行政复议', 5], ['行政诉讼', 10]]);
  });

  test('section 2 stretches single-column groups over the three value columns', () => {
    const t = proactiveTableModel(r2021);
    expect(new Set(widths(t))).toEqual(new Set([4]));
    const fees = rows(t).find((r) => r.headers[0]!.text === '行政事业性收费')!;
    expect(fees.cells).toEqual([expect.objectContaining({ key: 'proactive.fees.amount', colspan: 3 })]);
  });

  test('marks exactly the cells of a broken rule', () => {
    const r = seedReport(0);
    r.appeals.review = [1, 0, 0, 0, 0];
    const flagged = rows(appealsTableModel(r, checkReport(r))).flatMap((x) => x.cells).filter((c) => c.flagged).map((c) => c.key);
    expect(flagged).toEqual(['appeals.review[0]', 'appeals.review[1]', 'appeals.review[2]', 'appeals.review[3]', 'appeals.review[4]']);
  });
});
