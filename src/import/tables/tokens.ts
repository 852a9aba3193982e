import type { Block } from '../document';
import { isValue, readCell, type CellValue } from './cell';

/**
 * A table region as one stream of cells. Rows from real tables (HTML, tab-separated text,
 * Markdown) keep their cells; a line of prose-like text (PDF, copied text) is cut at
 * whitespace around numbers. `row` tells which block a token came from.
 */
export interface Token {
  readonly text: string;
  readonly cell: CellValue;
  readonly row: number;
}

const isTextToken = (t: Token): boolean => t.cell.kind === 'text';

function lineTokens(text: string, row: number): Token[] {
  const out: Token[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) out.push({ text: words.join(''), cell: { kind: 'text' }, row });
    words = [];
  };
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const cell = readCell(word);
    if (isValue(cell)) {
      flush();
      out.push({ text: word, cell, row });
    } else words.push(word);
  }
  flush();
  return out;
}

export function tokenize(blocks: readonly Block[]): Token[] {
  return blocks.flatMap((b, row) =>
    b.kind === 'row' ? b.cells.map((text) => ({ text, cell: readCell(text), row })) : lineTokens(b.text, row),
  );
}

/** Index of the next token holding a number or mark, from `from`; -1 when the stream ends first. */
export function nextValue(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) if (isValue(tokens[i]!.cell)) return i;
  return -1;
}

/** The texts of the label cells between `from` and `to`, joined. */
export const textBetween = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .filter(isTextToken)
    .map((t) => t.text)
    .join('');

/**
 * The cells that follow a label at `labelEnd` (its last text token), up to the next label.
 * When the label's own row holds numbers, only that row counts (blank filler cells of the next
 * row are not this row's); when the numbers sit on following lines (PDF, copied text), all do.
 */
export function cellsAfter(tokens: readonly Token[], labelEnd: number): { cells: Token[]; next: number } {
  let next = labelEnd + 1;
  while (next < tokens.length && !isTextToken(tokens[next]!)) next++;
  const run = tokens.slice(labelEnd + 1, next);
  const labelRow = labelEnd >= 0 ? tokens[labelEnd]!.row : -1;
  const inRow = run.filter((t) => t.row === labelRow);
  return { cells: inRow.some((t) => isValue(t.cell)) ? inRow : run, next };
}

/**
 * Fits a row's cells to the template's column count: exact as laid out, else without the
 * blank filler cells that merged headers leave at either end. Undefined when neither fits —
 * the caller refuses the row rather than guess which column a number belongs to.
 */
export function fitCells(cells: readonly Token[], count: number): Token[] | undefined {
  if (cells.length === count) return [...cells];
  let start = 0;
  let end = cells.length;
  while (start < end && cells[start]!.cell.kind === 'blank') start++;
  while (end > start && cells[end - 1]!.cell.kind === 'blank') end--;
  return end - start === count ? cells.slice(start, end) : undefined;
}

/** “has 6 numbers” — the count people see in the source. */
export const describeCells = (cells: readonly Token[]): string => {
  const values = cells.filter((t) => isValue(t.cell)).length;
  const blanks = cells.length - values;
  return `${values} ${values === 1 ? 'number' : 'numbers'}${blanks ? ` and ${blanks} blank ${blanks === 1 ? 'cell' : 'cells'}` : ''}`;
};
