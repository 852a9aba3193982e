import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { COLUMN_DICTIONARY } from './dictionary';
import { reportsTable, type OpenDataReport } from './open-data';

/**
 * The reports as an Excel workbook: sheet 报告 (the same columns as reports.csv, numbers as numbers,
 * blank cells empty) and sheet 字段说明 (the column dictionary). Written with exceljs' streaming
 * writer, row by row, so tens of thousands of reports do not build a workbook in memory.
 */
export async function reportsXlsx(reports: readonly OpenDataReport[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((ok, fail) => {
    stream.on('end', ok);
    stream.on('error', fail);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  const { header, rows } = reportsTable(reports);
  sheet.addRow(header).commit();
  for (const row of rows) sheet.addRow(row.map((v) => (v === '' ? null : v))).commit();
  sheet.commit();
  const dictionary = workbook.addWorksheet('字段说明');
  dictionary.addRow(['key', '名称（官方表格行列）', '单位', '适用模板']).commit();
  for (const d of COLUMN_DICTIONARY) dictionary.addRow([d.key, d.label, d.unit, d.templates.join(' ')]).commit();
  dictionary.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
