import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../checks';
import { seedReport } from '../../test-support/seeds';
import { reportsCsv, reportsTable, type OpenDataReport } from './open-data';
import { reportsXlsx } from './xlsx';

const openData = (title: string): OpenDataReport => {
  const report = { ...seedReport(0), title };
  return { ...report, agency_slug: 'a', url: '/reports/a/2023/', checks: checkReport(report) };
};

describe('reportsXlsx', () => {
  test('gives byte-identical workbooks for the same reports, whatever the clock says', async () => {
    const first = reportsXlsx([]);
    // ZIP times have a 2-second resolution: wait past it.
    await new Promise((ok) => setTimeout(ok, 2100));
    const second = reportsXlsx([]);
    expect(second.equals(first)).toBe(true);
    expect(first.subarray(0, 2).toString()).toBe('PK');
  });

  test('reads back in exceljs as the CSV’s table: numbers as numbers, blanks empty, text as written, the header frozen', async () => {
    const reports = [openData('A & <B> "C" \u0001 𠀀 年报'), openData('第二份')];
    const book = new ExcelJS.Workbook();
    const file = reportsXlsx(reports);
    await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.length) as ArrayBuffer);
    const sheet = book.getWorksheet('报告')!;
    const { header, rows } = reportsTable(reports);
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    for (const [i, values] of rows.entries()) {
      const cells = header.map((_, c) => sheet.getRow(i + 2).getCell(c + 1).value);
      // XML cannot hold the control character: it is left out.
      expect(cells).toEqual(values.map((v) => (v === '' ? null : typeof v === 'string' ? v.replace('\u0001', '') : v)));
    }
    expect(header.join(',')).toBe(reportsCsv(reports).slice(1).split('\r\n')[0]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.getWorksheet('字段说明')!.getRow(1).values).toEqual([undefined, 'key', '名称（官方表格行列）', '单位', '适用模板']);
    expect(book.created).toEqual(new Date(`${reports[0]!.published}T00:00:00Z`));
  });
});
