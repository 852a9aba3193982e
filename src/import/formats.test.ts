import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '.';
import { TableError } from './errors';
import { GENERATED, readJson, REAL, realHints, realNames, withoutNotes } from './testing';

/** Each real report as agencies publish it in other formats (made by scripts/make-import-fixtures.ts). */
const FORMATS = {
  'report.docx': 'a Word file saved by LibreOffice',
  'libreoffice.pdf': 'a PDF exported by LibreOffice',
  'chromium.pdf': "a PDF printed by Chromium",
  'pdftotext.txt': 'text copied out of a PDF viewer',
  'pdftotext-layout.txt': 'text copied out of a PDF viewer keeping the layout',
  'copied.txt': 'text copied from the web page (one row per line, cells tab-separated)',
  'tables.md': 'Markdown with one pipe table per report table (merged header row as the pipe header)',
  'rows.md': 'Markdown with one pipe table per row',
} as const;

describe.each(realNames())('%s in other formats', (name) => {
  const expected = withoutNotes(readJson(join(REAL, name, 'expected.json')));
  for (const [file, what] of Object.entries(FORMATS)) {
    it(`reads ${what} (${file})`, async () => {
      const { report } = await importFile(join(GENERATED, name, file), realHints(name));
      expect(report).toEqual(expected);
    });
  }

  it('refuses text whose cells pdftotext’s reading order scattered, rather than misread it', async () => {
    await expect(importFile(join(GENERATED, name, 'pdftotext-reading-order.txt'), realHints(name))).rejects.toThrow(TableError);
  });
});

describe('a blank cell', () => {
  const dir = join(GENERATED, 'blank-cell');

  it('stays null in its column when the table keeps its cells (HTML)', async () => {
    const { report } = await importFile(join(dir, 'report.html'), realHints('pingtan-2024'));
    expect(report.template !== 'none' && report.applications.carried_over).toEqual([null, 0, 0, 0, 0, 0, 0]);
  });

  it('is refused in a PDF, where nothing tells which column is empty', async () => {
    const file = join(dir, 'report.pdf');
    await expect(importFile(file, realHints('pingtan-2024'))).rejects.toThrow(`${file}: section 3 row 二、 上年结转政府信息公开申请数量 has 6 numbers, expected 7`);
  });
});
