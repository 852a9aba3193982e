import { paragraph, row, type Block, type SourceDocument } from './document';

const TABLE_LINE = /^\s*\|.*\|\s*$/u;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** Cells of a pipe-table line; `\|` is a literal bar and <br> a line break inside a cell. */
const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split(/(?<!\\)\|/u)
    .map((c) => c.replace(/\\\|/gu, '|').replace(/<br\s*\/?>/giu, '').replace(/\*\*|__/gu, '').trim());

const inline = (text: string): string => text.replace(/^#+\s*/u, '').replace(/\*\*|__/gu, '').replace(/\\([\\`*_[\]<>#.|-])/gu, '$1').trim();

/**
 * Markdown as agencies and converters write it: pipe tables (one per report table, one per row,
 * or with a wrong header row — the header is read as just another row), headings and paragraphs.
 */
export function readMarkdown(text: string): SourceDocument {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) blocks.push(paragraph(lines.join('')));
    lines = [];
  };
  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    if (TABLE_LINE.test(line)) {
      flush();
      if (!SEPARATOR.test(line)) blocks.push(row(cells(line)));
    } else if (!line.trim() || /^\s*#/u.test(line)) {
      flush();
      if (line.trim()) blocks.push(paragraph(inline(line)));
    } else lines.push(inline(line));
  }
  flush();
  return { blocks, hints: {}, wrapped: false };
}
