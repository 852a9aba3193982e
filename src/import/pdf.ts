import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { paragraph, row, type Block, type SourceDocument } from './document';
import { UnreadableInputError } from './errors';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page numbers and running heads in the top or bottom margin are not report text. */
const PAGE_FURNITURE = /^[-—－\s]*(?:第\s*)?\d+\s*(?:页)?(?:\s*[/／共]\s*\d+\s*页?)?[-—－\s]*$/u;
const MARGIN = 0.07;

/** Items of one page grouped into lines (top to bottom), each sorted left to right. */
function lines(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Item[][] = [];
  for (const item of sorted) {
    const line = out.at(-1);
    const tolerance = Math.max(2, item.height * 0.5);
    if (line && Math.abs(line[0]!.y - item.y) <= tolerance) line.push(item);
    else out.push([item]);
  }
  return out.map((l) => l.sort((a, b) => a.x - b.x));
}

/** A line whose items stand apart (table cells) is a row; one continuous run of text is a paragraph. */
function toBlock(line: readonly Item[]): Block {
  const segments: string[] = [];
  let end = -Infinity;
  for (const item of line) {
    const gap = item.x - end;
    if (segments.length && gap < Math.max(item.height, 4) * 0.9) segments[segments.length - 1] += item.str;
    else segments.push(item.str);
    end = item.x + item.width;
  }
  const cells = segments.map((s) => s.trim()).filter(Boolean);
  return cells.length > 1 ? row(cells) : paragraph(cells[0] ?? '');
}

/** A PDF with a text layer (Word or browser export): text items placed in reading order by position. */
export async function readPdf(data: Uint8Array, file: string): Promise<SourceDocument> {
  let doc;
  try {
    doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (e) {
    throw new UnreadableInputError(file, `not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  const blocks: Block[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , , top] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) =>
      'str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height || Math.abs(i.transform[3] as number) }] : [],
    );
    for (const line of lines(items)) {
      const block = toBlock(line);
      const y = line[0]!.y;
      const inMargin = y < top * MARGIN || y > top * (1 - MARGIN);
      if (inMargin && block.kind === 'paragraph' && PAGE_FURNITURE.test(block.text)) continue;
      if (block.kind === 'row' || block.text) blocks.push(block);
    }
  }
  await doc.destroy();
  if (!blocks.length) throw new UnreadableInputError(file, 'the PDF has no text layer (a scan?); OCR it first');
  return { blocks, hints: {}, wrapped: true };
}
