import { COLUMN_DICTIONARY } from './dictionary';
import { reportsTable, type OpenDataReport } from './open-data';
import { zipFiles } from './zip';

/**
 * The workbook's dates come from its data (the newest report's publication date, else 1 January after
 * its newest year), never from the clock, so two builds of the same reports are byte-identical.
 */
function workbookDate(reports: readonly OpenDataReport[]): Date {
  const published = reports.map((r) => r.published).filter((d): d is string => Boolean(d)).sort().at(-1);
  const year = Math.max(2000, ...reports.map((r) => r.year));
  return new Date(`${published ?? `${year + 1}-01-01`}T00:00:00Z`);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text as XML: the markup characters escaped, and the control characters XML 1.0 cannot hold left out. */
const xml = (text: string): string => text.replace(/[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/gu, (c) => XML_ESCAPES[c] ?? '');

/** Column letters of a cell reference: A … Z, AA … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
const columnNames: string[] = [];
const column = (index: number) => (columnNames[index] ??= columnName(index));

/** One row of cells: numbers as numbers, text as text, blank ('') left out. */
function row(number: number, values: readonly (string | number)[]): string {
  let cells = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === '') continue;
    cells += typeof v === 'number' ? `<c r="${column(i)}${number}"><v>${v}</v></c>` : `<c r="${column(i)}${number}" t="str"><v>${xml(v)}</v></c>`;
  }
  return `<row r="${number}">${cells}</row>`;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEETS = ['报告', '字段说明'];

/**
 * A worksheet of rows, the first one a header; `frozen`: the header stays in view when scrolling.
 * Encoded a few hundred rows at a time: as one string, a sheet of 10,000 reports (50 MB) cost more in
 * garbage collection than in writing.
 */
function worksheet(rows: readonly (readonly (string | number)[])[], frozen: boolean): Buffer {
  const view = frozen ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' : '';
  const chunks = [Buffer.from(`${HEAD}<worksheet xmlns="${MAIN}">${view}<sheetData>`)];
  for (let start = 0; start < rows.length; start += 256) {
    let part = '';
    for (let i = start; i < Math.min(start + 256, rows.length); i++) part += row(i + 1, rows[i]!);
    chunks.push(Buffer.from(part));
  }
  chunks.push(Buffer.from('</sheetData></worksheet>'));
  return Buffer.concat(chunks);
}

/** The package's fixed parts: content types, relationships, workbook, styles and properties. */
function packageParts(date: Date): { name: string; data: string }[] {
  const stamp = date.toISOString().replace(/\.\d+Z$/u, 'Z');
  const sheetTypes = SHEETS.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return [
    {
      name: '[Content_Types].xml',
      data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    },
    {
      name: 'docProps/core.xml',
      data: `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>nianbao</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    },
    {
      name: 'docProps/app.xml',
      data: `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>nianbao</Application></Properties>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${SHEETS.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${SHEETS.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${SHEETS.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    },
  ];
}

/**
 * The reports as an Excel workbook: sheet 报告 (the same columns as reports.csv, numbers as numbers,
 * blank cells empty, the header row frozen) and sheet 字段说明 (the column dictionary). Written as
 * SpreadsheetML text and zipped, not with exceljs' writer, whose object per cell made the Excel files
 * most of the open data's cost: 10,000 reports × 300 columns took 3.3 CPU-seconds, and more in garbage
 * collection (exceljs still reads them back in the tests).
 */
export function reportsXlsx(reports: readonly OpenDataReport[]): Buffer {
  const date = workbookDate(reports);
  const { header, rows } = reportsTable(reports);
  const dictionary = [['key', '名称（官方表格行列）', '单位', '适用模板'], ...COLUMN_DICTIONARY.map((d) => [d.key, d.label, d.unit, d.templates.join(' ')])];
  return zipFiles(
    [
      ...packageParts(date),
      { name: 'xl/worksheets/sheet1.xml', data: worksheet([header, ...rows], true) },
      { name: 'xl/worksheets/sheet2.xml', data: worksheet(dictionary, false) },
    ],
    date,
  );
}
