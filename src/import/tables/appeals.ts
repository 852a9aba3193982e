import { APPEAL_COLUMNS, APPEAL_ROWS } from '../../report/labels';
import type { Cell } from '../../report/schema';
import { countRow } from './applications';
import { labelMatches, quote } from './label-match';
import { TableProblem } from './problem';
import { cellsAfter, describeCells, fitCells, fitRow, nextValue, textBetween, type Token } from './tokens';

const COLUMNS = APPEAL_COLUMNS.length;
const ALL = COLUMNS * APPEAL_ROWS.length;

function lastText(tokens: readonly Token[], before: number, from: number): number {
  let i = before - 1;
  while (i >= from && tokens[i]!.cell.kind !== 'text') i--;
  return i;
}

/**
 * Section 4. The official table prints its 15 cells as one row under a two-level header
 * (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉); some agencies give one labelled row each.
 */
export function readAppeals(tokens: readonly Token[]): Record<string, Cell[]> {
  const first = nextValue(tokens, 0);
  if (first < 0) throw new TableProblem('section 4 table has no numbers');
  const header = textBetween(tokens, 0, first);
  if (!labelMatches(header, '行政复议')) throw new TableProblem(`section 4: expected the 行政复议 header before the numbers, found ${quote(header)}`);
  const found = cellsAfter(tokens, lastText(tokens, first, 0));
  const all = fitRow(found, ALL);
  if (all) {
    const parsed = countRow(all, 'section 4', APPEAL_ROWS.flatMap(() => APPEAL_COLUMNS));
    return Object.fromEntries(APPEAL_ROWS.map((r, i) => [r.key, parsed.slice(i * COLUMNS, (i + 1) * COLUMNS)]));
  }
  if (!fitCells(found.cells, COLUMNS)) throw new TableProblem(`section 4 table has ${describeCells(found.cells)}, expected ${ALL} (${COLUMNS} for each of ${APPEAL_ROWS.map((r) => r.label).join(', ')})`);
  return readLabelledRows(tokens);
}

function readLabelledRows(tokens: readonly Token[]): Record<string, Cell[]> {
  const out: Record<string, Cell[]> = {};
  let pos = 0;
  for (const row of APPEAL_ROWS) {
    const first = nextValue(tokens, pos);
    const label = first < 0 ? '' : textBetween(tokens, pos, first);
    if (first < 0 || !labelMatches(label, row.label)) throw new TableProblem(`section 4: row ${row.label} not found`);
    const found = cellsAfter(tokens, lastText(tokens, first, pos));
    const fitted = fitRow(found, COLUMNS);
    if (!fitted) throw new TableProblem(`section 4 row ${row.label} has ${describeCells(found.cells)}, expected ${COLUMNS}`);
    out[row.key] = countRow(fitted, `section 4 row ${row.label}`, APPEAL_COLUMNS);
    pos = found.next;
  }
  return out;
}
