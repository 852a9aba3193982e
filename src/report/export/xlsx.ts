import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { COLUMN_DICTIONARY } from './dictionary';
import { setZipDates } from './zip-dates';
import { reportsTable, type OpenDataReport } from './open-data';

/**
 * The workbook's dates come from its data (the newest report's publication date, else 1 January after
 * its newest year), never from the clock, so two builds of the same reports are byte-identical.
 */
function workbookDate(reports: readonly OpenDataReport[]): Date {
  const published = reports.map((r) => r.published).filter((d): d is string => Boolean(d)).sort().at(-1);
  const year = Math.max(2000, ...reports.map((r) => r.year));
  return new Date(`${published ?? `${year + 1}-01-01`}T00:00:00Z`);
}

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
  const stamp = workbookDate(reports);
  // exceljs reads `created`/`modified` (docProps/core.xml) though its typings omit them.
  const options = { stream, useStyles: false, useSharedStrings: false, created: stamp, modified: stamp };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter(options as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
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
  // exceljs lets archiver stamp each zip entry with the clock; the data's date replaces it.
  return setZipDates(Buffer.concat(chunks), stamp);
}
