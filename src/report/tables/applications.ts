import type { Finding } from '../../checks';
import {
  APPLICATION_ROWS,
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_COLUMNS,
  APPLICANT_GROUP_LABEL,
  APPLICANT_HEADER_LABEL,
  APPLICATIONS_RULE_NOTE,
  APPLICATIONS_TITLE,
  type ApplicationRow,
} from '../labels';
import type { TabledReport } from '../schema';
import { applicationCells } from '../table-cells';
import { flaggedCells, type HeaderCell, type TableModel, type TableRow } from './model';

// Short header ids: each of the ~190 cells lists four to six of them, and the page has a 60 KB budget.
const colId = (i: number) => `ac${i}`;

/** The column headers, the same in every report: made once, shared by every page (see html.ts). */
const HEAD: HeaderCell[][] = (() => {
  const first = APPLICANT_COLUMNS[0]!;
  const total = APPLICANT_COLUMNS[APPLICANT_COLUMNS.length - 1]!;
  return [
    [
      { text: APPLICATIONS_RULE_NOTE, colspan: 3, rowspan: 3, scope: 'col' },
      { id: 'ah', text: APPLICANT_HEADER_LABEL, colspan: APPLICANT_COLUMNS.length, scope: 'colgroup' },
    ],
    [
      { id: colId(0), text: first.label, rowspan: 2, scope: 'col' },
      { id: 'ao', text: APPLICANT_GROUP_LABEL, colspan: APPLICANT_GROUP_COLUMNS.length, scope: 'colgroup' },
      { id: colId(APPLICANT_COLUMNS.length - 1), text: total.label, rowspan: 2, scope: 'col' },
    ],
    APPLICANT_GROUP_COLUMNS.map((i) => ({ id: colId(i), text: APPLICANT_COLUMNS[i]!.label, scope: 'col' as const })),
  ];
})();

const columnHeaders = (i: number) =>
  (APPLICANT_GROUP_COLUMNS as readonly number[]).includes(i) ? ['ah', 'ao', colId(i)] : ['ah', colId(i)];

/** Where a row's cells go: its header cells, and each cell's key and headers. */
interface RowLayout {
  row: ApplicationRow;
  path: string;
  headers: HeaderCell[];
  cells: { key: string; headers: string[] }[];
}

/**
 * The layout of a template's rows, made once: it is the same in every report of the template, and
 * making it for each page was most of the table's cost. Pages share its objects and never change them.
 */
const layouts = new Map<readonly ApplicationRow[], RowLayout[]>();
function layoutOf(rows: readonly ApplicationRow[]): RowLayout[] {
  const known = layouts.get(rows);
  if (known) return known;
  const sectionSize = rows.filter((row) => row.section).length;
  const layout: RowLayout[] = [];
  let lastSection: string | undefined;
  let lastGroup: string | undefined;
  for (const [index, row] of rows.entries()) {
    const rowId = `a${index}`;
    const headers: HeaderCell[] = [];
    const scope: string[] = [];
    if (row.section && row.section !== lastSection) {
      headers.push({ id: 'ar', text: row.section, rowspan: sectionSize, scope: 'row' });
    }
    if (row.section) scope.push('ar');
    if (row.group) {
      const groupId = `ag-${row.path[1]}`;
      if (row.group !== lastGroup) {
        const groupSize = rows.filter((r) => r.group === row.group).length;
        headers.push({ id: groupId, text: row.group, rowspan: groupSize, scope: 'row' });
      }
      scope.push(groupId);
    }
    headers.push({ id: rowId, text: `${row.number}${row.label}`, colspan: row.section ? (row.group ? 1 : 2) : 3, scope: 'row' });
    lastSection = row.section;
    lastGroup = row.group;
    const path = row.path.join('.');
    const cells = APPLICANT_COLUMNS.map((_, column) => ({ key: `applications.${path}[${column}]`, headers: [...scope, rowId, ...columnHeaders(column)] }));
    layout.push({ row, path, headers, cells });
  }
  layouts.set(rows, layout);
  return layout;
}

/** Section 3 laid out like the official table: 3 label columns with merged group cells, 7 applicant columns. */
export function applicationsTableModel(report: TabledReport, findings: readonly Finding[]): TableModel {
  const isFlagged = flaggedCells(findings);
  const layout = layoutOf(APPLICATION_ROWS[report.template]);
  const body: TableRow[] = layout.map(({ row, path, headers, cells }) => {
    const values = applicationCells(report.applications, row);
    return {
      headers,
      cells: values.map((value, column) => ({ value, ...cells[column]!, flagged: isFlagged({ table: 'applications', row: path, column }) })),
    };
  });
  return { id: 'applications-table', caption: `三、${APPLICATIONS_TITLE}`, head: HEAD, body, layout };
}
