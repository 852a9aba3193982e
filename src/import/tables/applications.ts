import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicationRow, type TableTemplate } from '../../report/labels';
import type { Cell } from '../../report/schema';
import { toCount } from './cell';
import { TableProblem } from './problem';
import { labelMatches, quote } from './label-match';
import { cellsAfter, describeCells, fitRow, isProse, nextValue, textBetween, type Token } from './tokens';

const COLUMNS = APPLICANT_COLUMNS.length;
const rowName = (row: ApplicationRow) => `${row.code} ${row.label}`;

/** Parses the cells of one row as counts, naming the row and column of a cell that is not one. */
export function countRow(cells: readonly Token[], where: string, columns: readonly { label: string }[]): Cell[] {
  return cells.map((t, i) => {
    const v = toCount(t.cell);
    if (typeof v === 'string') {
      const what = v === 'decimal' ? 'a fraction' : v === 'negative' ? 'a negative number' : 'text';
      throw new TableProblem(`${where}, column ${columns[i]!.label}: ${quote(t.text)} is ${what}, expected a whole number`);
    }
    return v;
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: Cell[]) {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

/** The cells of `row`, the first run of numbers from `pos` whose label names it; prose lines in between are skipped. */
function findRow(tokens: readonly Token[], pos: number, row: ApplicationRow, previous: ApplicationRow | undefined) {
  for (;;) {
    const first = nextValue(tokens, pos);
    if (first < 0) {
      const after = previous ? `after row ${rowName(previous)}` : 'before its first row';
      throw new TableProblem(`section 3 table ends ${after}; row ${rowName(row)} is missing`);
    }
    const label = textBetween(tokens, pos, first);
    let labelEnd = first - 1;
    while (labelEnd >= pos && tokens[labelEnd]!.cell.kind !== 'text') labelEnd--;
    const found = cellsAfter(tokens, labelEnd);
    if (labelMatches(label, row.label)) return found;
    if (labelEnd < 0 || !isProse(tokens[labelEnd]!.text)) {
      throw new TableProblem(`section 3: expected row ${rowName(row)} but the numbers follow ${quote(label)}`);
    }
    pos = found.next;
  }
}

/**
 * Section 3: walks the rows of the template in official order. Before each run of numbers the
 * label text must name the expected row; its cells must fit the 7 applicant columns.
 */
export function readApplications(tokens: readonly Token[], template: TableTemplate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let pos = 0;
  let previous: ApplicationRow | undefined;
  for (const row of APPLICATION_ROWS[template]) {
    const found = findRow(tokens, pos, row, previous);
    const fitted = fitRow(found, COLUMNS);
    if (!fitted) throw new TableProblem(`section 3 row ${rowName(row)} has ${describeCells(found.cells)}, expected ${COLUMNS}`);
    setPath(out, row.path, countRow(fitted, `section 3 row ${rowName(row)}`, APPLICANT_COLUMNS));
    pos = found.next;
    previous = row;
  }
  return out;
}
