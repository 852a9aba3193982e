import { describe, expect, it } from 'vitest';
import { paragraph, row } from './document';
import { readMarkdown } from './markdown';
import { readText } from './text';

describe('reading plain text', () => {
  it('makes a row of tab-indented cell lines up to the blank line (Word’s one cell per line)', () => {
    expect(readText('二、主动公开政府信息情况\n\t规章\n\t0\n\t\n\n\t行政规范性文件\n').blocks).toEqual([
      paragraph('二、主动公开政府信息情况'),
      row(['规章', '0', '']),
      row(['行政规范性文件']),
    ]);
  });

  it('ignores tabs after a one-cell line', () => {
    expect(readText('\t规章\t\n\t0\t\n').blocks).toEqual([row(['规章', '0'])]);
  });

  it('splits tab-separated rows at every tab, keeping empty cells', () => {
    expect(readText('规章\t0\t\t0\n').blocks).toEqual([row(['规章', '0', '', '0'])]);
  });

  it('drops Word’s bookmark artefacts', () => {
    expect(readText('[bookmark: _GoBack]2020年主动公开3件。\n').blocks).toEqual([paragraph('2020年主动公开3件。')]);
  });

  it('removes the spaces pdftotext puts around numbers in Chinese text', () => {
    expect(readText('联系地址：金井湾商务营运中心 3 号楼 7 层\n一、本年新收政府信息公开申请数量 217 1 0\n\f').blocks).toEqual([
      paragraph('联系地址：金井湾商务营运中心3号楼7层'),
      paragraph('一、本年新收政府信息公开申请数量 217 1 0'),
    ]);
  });
});

describe('reading Markdown', () => {
  it('reads pipe tables with any header row as rows, and headings and paragraphs as text', () => {
    const md = '## 二、主动公开政府信息情况\n\n| 第二十条第（一）项 | | |\n|---|---|---|\n| 规章 | 0 | \\| |\n\n| 行政规范性文件 | 1 | 2 |\n| --- | --- | --- |\n\n正文**一**\n接着。\n';
    expect(readMarkdown(md).blocks).toEqual([
      paragraph('二、主动公开政府信息情况'),
      row(['第二十条第（一）项', '', '']),
      row(['规章', '0', '|']),
      row(['行政规范性文件', '1', '2']),
      paragraph('正文一接着。'),
    ]);
  });
});
