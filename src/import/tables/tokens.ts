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
  /** From a real table row (HTML, Markdown, tab-separated text), whose cells end with the row. */
  readonly structured: boolean;
}

const isTextToken = (t: Token): boolean => t.cell.kind === 'text';

/** A label glued to its first number by a PDF export (其他对外管理服务事项0) is two words. */
const GLUED = /^(.*[\p{Script=Han}）)])(\d+(?:\.\d+)?(?:万?元)?)$/u;
const UNIT = /^万?元$/u;

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean).flatMap((w) => {
    const m = GLUED.exec(w);
    return m && !m[1]!.endsWith('第') ? [m[1]!, m[2]!] : [w];
  });
}

/** A line of text as cells: each number or mark on its own, the words between them joined as one label. */
function lineTokens(text: string, row: number): Token[] {
  const out: Token[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) out.push({ text: pending.join(''), cell: { kind: 'text' }, row, structured: false });
    pending = [];
  };
  const list = words(text);
  for (const [i, word] of list.entries()) {
    const last = out.at(-1);
    // A unit the export set apart from its number (“0 元”) belongs to that number.
    if (UNIT.test(word) && !pending.length && last?.cell.kind === 'number') {
      out[out.length - 1] = { ...last, text: last.text + word, cell: readCell(last.text + word) };
      continue;
    }
    const cell = readCell(word);
    // “无” spaced out of a label (（四） 无 法 提 供, 4. 无正当理由…) is text; it is a mark only where a number could stand.
    const next = list[i + 1];
    const afterNumbering = /^(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、])$/u.test(list[i - 1] ?? '');
    const strayChar = cell.kind === 'mark' && /\p{Script=Han}/u.test(word) && (afterNumbering || (next !== undefined && !isValue(readCell(next))));
    if (isValue(cell) && !strayChar) {
      flush();
      out.push({ text: word, cell, row, structured: false });
    } else pending.push(word);
  }
  flush();
  return out;
}

/** The cells of a table section's blocks, in reading order. */
export function tokenize(blocks: readonly Block[]): Token[] {
  return blocks.flatMap((b, row) =>
    b.kind === 'row' ? b.cells.map((text) => ({ text, cell: readCell(text), row, structured: true })) : lineTokens(b.text, row),
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
 * When the label sits in a real table row that holds numbers, only that row counts (blank
 * filler cells of the next row are not this row's); lines of text (PDF, copied text) may
 * carry a row's numbers over several lines, so there all of them do.
 */
export interface RowCells {
  /** The row's cells as laid out. */
  readonly cells: Token[];
  /** Every cell up to the next label, for a table row a layout broke over two lines. */
  readonly run: Token[];
  /** Where the next label starts. */
  readonly next: number;
}

export function cellsAfter(tokens: readonly Token[], labelEnd: number): RowCells {
  let next = labelEnd + 1;
  while (next < tokens.length && !isTextToken(tokens[next]!)) next++;
  const run = tokens.slice(labelEnd + 1, next);
  const label = tokens[labelEnd];
  const inRow = label?.structured ? run.filter((t) => t.row === label.row) : [];
  return { cells: inRow.some((t) => isValue(t.cell)) ? inRow : run, run, next };
}

/** The row's cells fitted to `count` columns: as laid out, else with the lines that continue it. */
export const fitRow = (row: RowCells, count: number): Token[] | undefined =>
  fitCells(row.cells, count) ?? (row.run.length > row.cells.length ? fitCells(row.run, count) : undefined);

/** Label text that is a sentence, not a table label: prose lines a PDF or text export left between the rows. */
export const isProse = (text: string): boolean => /[，,。；;]/u.test(text) && text.length > 12;

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

/** “has 6 numbers” — the count people see in the source; blank filler at either end is not mentioned. */
export const describeCells = (all: readonly Token[]): string => {
  const first = all.findIndex((t) => t.cell.kind !== 'blank');
  const cells = first < 0 ? [] : all.slice(first, all.findLastIndex((t) => t.cell.kind !== 'blank') + 1);
  const values = cells.filter((t) => isValue(t.cell)).length;
  const blanks = cells.length - values;
  return `${values} ${values === 1 ? 'number' : 'numbers'}${blanks ? ` and ${blanks} blank ${blanks === 1 ? 'cell' : 'cells'}` : ''}`;
};
