import { paragraph, row, type Block, type SourceDocument } from './document';
import { despace } from './normalize';

/** Word's “save as text” leaves bookmark names in the text. */
const ARTEFACTS = /\[bookmark: [^\]]*\]/gu;
/** A line that is one tab-indented cell: Word writes each table cell on its own line (layout A); trailing tabs are padding. */
const CELL_LINE = /^\t[^\t]*\t*$/u;

/**
 * Plain text in the layouts reports are published or copied in: one cell per tab-indented line
 * with a blank line after each row, tab-separated rows (Word, browsers' copy of a table), or
 * lines of text with numbers separated by spaces (PDF viewers, pdftotext).
 */
export function readText(text: string): SourceDocument {
  const blocks: Block[] = [];
  let cells: string[] | undefined;
  const endRow = () => {
    if (cells) blocks.push(row(cells));
    cells = undefined;
  };
  // pdftotext ends every page with a form feed; such text has the PDF's spacing around numbers.
  const fromPdf = text.includes('\f');
  for (const line of text.replace(/\r\n?/gu, '\n').replace(ARTEFACTS, '').replace(/\f/gu, '\n').split('\n')) {
    if (CELL_LINE.test(line)) {
      (cells ??= []).push(line.replace(/\t+$/u, '').slice(1).trim());
      continue;
    }
    endRow();
    if (line.includes('\t')) blocks.push(row(line.split('\t').map((c) => c.trim())));
    else if (line.trim()) blocks.push(paragraph(fromPdf ? despace(line.trim()) : line.trim()));
  }
  endRow();
  return { blocks, hints: {}, wrapped: true };
}
