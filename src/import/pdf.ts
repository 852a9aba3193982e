import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { paragraph, type Block, type SourceDocument } from './document';
import { UnreadableInputError } from './errors';
import { despace } from './normalize';

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

/** Radicals-supplement forms with no compatibility mapping that stand for a whole character. */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⻓': '长', '⻔': '门', '⻄': '西', '⻅': '见', '⻋': '车', '⻉': '贝', '⻜': '飞', '⻝': '食', '⻛': '风',
  '⻢': '马', '⻦': '鸟', '⻥': '鱼', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻳': '龟', '⺟': '母', '⻚': '页', '⻘': '青',
  '⻨': '麦', '⻆': '角', '⺮': '竹', '⺌': '小', '⺁': '厂', '⻣': '骨', '⻤': '鬼', '⻙': '韦',
};

/**
 * Chromium's PDFs map some characters to radical code points (⾏ for 行, ⺠ for 民). Kangxi
 * radicals have an NFKC mapping; the supplement's whole-character forms are listed above.
 */
const radicals = (s: string): string => s.replace(/[\u2e80-\u2fdf]/gu, (c) => RADICAL_SUPPLEMENT[c] ?? c.normalize('NFKC'));

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

/**
 * One line of text; items that stand apart (table cells) are separated by a space. A PDF's lines
 * are not table rows — a cell's label may wrap over three lines around its numbers — so every
 * line is a paragraph and the table reader follows the numbers across lines.
 */
function toBlock(line: readonly Item[]): Block {
  const segments: string[] = [];
  let end = -Infinity;
  let spaced = false;
  for (const item of line) {
    // pdfjs reports the space between two cells as an item of its own.
    if (!item.str.trim()) {
      spaced = true;
      continue;
    }
    const gap = item.x - end;
    if (segments.length && !spaced && gap < Math.max(item.height, 4) * 0.9) segments[segments.length - 1] += item.str;
    else segments.push(item.str);
    end = item.x + item.width;
    spaced = false;
  }
  return paragraph(despace(segments.map((s) => s.trim()).filter(Boolean).join(' ')));
}

/** A PDF with a text layer (Word or browser export): text items placed in reading order by position. */
export async function readPdf(data: Uint8Array, file: string): Promise<SourceDocument> {
  const task = getDocument({ data, verbosity: 0, useSystemFonts: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new UnreadableInputError(file, `not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  const blocks: Block[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , , top] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) =>
      'str' in i && i.str ? [{ str: radicals(i.str), x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height || Math.abs(i.transform[3] as number) }] : [],
    );
    for (const line of lines(items)) {
      const block = toBlock(line);
      const y = line[0]!.y;
      const inMargin = y < top * MARGIN || y > top * (1 - MARGIN);
      if (inMargin && block.kind === 'paragraph' && PAGE_FURNITURE.test(block.text)) continue;
      if (block.kind === 'paragraph' && block.text) blocks.push(block);
    }
  }
  await task.destroy();
  if (!blocks.length) throw new UnreadableInputError(file, 'the PDF has no text layer (a scan?); OCR it first');
  return { blocks, hints: {}, wrapped: true };
}
