import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '.';
import { MetadataError, NotAReportError, TableError, UnreadableInputError } from './errors';
import { SEEDS } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = (name: string) => readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
const CELL_PER_LINE = seed('000_33d6a2f84f217729');
const TAB_ROWS = seed('001_24921fc8b53a72a1');

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function failure(file: string): Promise<Error> {
  const error = await importFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error(`${file} was imported, expected it to be refused`);
  return error;
}

describe('inputs the importer refuses, with a message naming the file and the problem', () => {
  it('refuses a section-3 table cut off mid-way', async () => {
    const cut = TAB_ROWS.slice(0, TAB_ROWS.indexOf('→→2.其他法律行政法规禁止公开'.replace(/→/gu, '\t')));
    const file = write('cut.txt', cut);
    const error = await failure(file);
    expect(error).toBeInstanceOf(TableError);
    expect(error.message).toBe(`${file}: section 3 table ends after row 三（三）1. 属于国家秘密; row 三（三）2. 其他法律行政法规禁止公开 is missing`);
  });

  it('refuses a row with a number missing (one cell per line)', async () => {
    const row = '\t1.本机关不掌握相关政府信息\n\t1\u00a0\n\t\u00a00\n';
    expect(CELL_PER_LINE).toContain(row);
    const file = write('missing-cell.txt', CELL_PER_LINE.replace(row, '\t1.本机关不掌握相关政府信息\n\t1\u00a0\n'));
    const error = await failure(file);
    expect(error).toBeInstanceOf(TableError);
    expect(error.message).toBe(`${file}: section 3 row 三（四）1. 本机关不掌握相关政府信息 has 6 numbers, expected 7`);
  });

  it('refuses a row with a number missing (tab-separated rows)', async () => {
    const row = '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t';
    expect(TAB_ROWS).toContain(row);
    const file = write('missing-tab-cell.txt', TAB_ROWS.replace(row, '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t'));
    expect((await failure(file)).message).toBe(`${file}: section 3 row 一、 本年新收政府信息公开申请数量 has 6 numbers, expected 7`);
  });

  it('refuses a row with a word where a number belongs', async () => {
    const file = write('word-cell.txt', TAB_ROWS.replace('行政许可\t0', '行政许可\t若干'));
    expect((await failure(file)).message).toBe(`${file}: section 2 row 行政许可 has no numbers, expected 1`);
  });

  it('refuses a text that is not a report', async () => {
    const file = write('news.txt', '平潭举办2024年海峡两岸青年创业大赛\n\n11月20日，大赛在平潭综合实验区开幕，共有120支队伍参赛。\n');
    const error = await failure(file);
    expect(error).toBeInstanceOf(NotAReportError);
    expect(error.message).toBe(`${file}: not a 政府信息公开工作年度报告: no report title and no 收到和处理政府信息公开申请情况 table`);
  });

  it('refuses a report whose tables are missing', async () => {
    const file = write('no-tables.txt', '某某县2023年政府信息公开工作年度报告\n\n一、总体情况\n本年度主动公开政府信息12条。\n');
    expect((await failure(file)).message).toBe(`${file}: section 3 (收到和处理政府信息公开申请情况) not found; reports from 2019 on must have the tables`);
  });

  it('refuses tables that mix the two templates', async () => {
    const old = TAB_ROWS.replaceAll('本年制发件数', '本年新制作数量').replaceAll('本年处理决定数量', '处理决定数量').replace('本年收费金额', '上一年项目数量');
    const file = write('mixed.txt', old);
    expect((await failure(file)).message).toBe(`${file}: section 2 follows the 2019 template but section 3 the 2021 one (（六）其他处理 has three rows)`);
  });

  it('refuses a report without a title unless one is given', async () => {
    const file = write('untitled.txt', TAB_ROWS.replace(/^[\s\S]*?一、总体情况/u, '一、总体情况'));
    const error = await failure(file);
    expect(error).toBeInstanceOf(MetadataError);
    expect(error.message).toBe(`${file}: no report title found (expected a line ending in 年度报告 at the top, or in the file name); pass --title`);
    const { report } = await importFile(file, { title: '民权县绿洲街道办事处2023年政府信息公开工作年度报告' });
    expect(report.agency).toBe('民权县绿洲街道办事处');
    const named = write('民权县绿洲街道办事处2023年政府信息公开工作年度报告.txt', readFileSync(file));
    expect((await importFile(named)).report.title).toBe('民权县绿洲街道办事处2023年政府信息公开工作年度报告');
  });

  it('refuses a file that is not the format its name says', async () => {
    const pdf = write('broken.pdf', 'not a pdf');
    expect((await failure(pdf)).message).toMatch(new RegExp(`^${pdf}: not a readable PDF \\(`, 'u'));
    const docx = write('broken.docx', 'not a zip');
    expect(await failure(docx)).toBeInstanceOf(UnreadableInputError);
    expect((await failure(docx)).message).toMatch(new RegExp(`^${docx}: not a readable \\.docx \\(`, 'u'));
  });

  it('refuses a file type it does not read, and a missing file', async () => {
    const xls = write('report.xls', 'x');
    expect((await failure(xls)).message).toBe(`${xls}: unsupported file type .xls; expected .txt .text .html .htm .xhtml .docx .pdf .md .markdown`);
    expect((await failure(join(dir, 'gone.txt'))).message).toBe(`${join(dir, 'gone.txt')}: cannot read the file (ENOENT)`);
  });
});
