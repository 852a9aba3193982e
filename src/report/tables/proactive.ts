import { PROACTIVE_GROUPS, PROACTIVE_TITLE, type ProactiveGroup } from '../labels';
import type { TabledReport } from '../schema';
import type { HeaderCell, TableModel } from './model';

/** Widest group: the table has one label column plus this many value columns. */
const VALUE_COLUMNS = 3;

/** Header rows, and rows of cells without their values: the same in every report of a template. */
type Layout = (TableModel['body'][number] | { headers: HeaderCell[]; row: string; cells: { column: string; key: string; headers: string[]; colspan: number }[] })[];

/** Each template's layout, made once and shared by every page (see html.ts), which never change it. */
const layouts = new Map<readonly ProactiveGroup[], Layout>();
function layoutOf(groups: readonly ProactiveGroup[]): Layout {
  const known = layouts.get(groups);
  if (known) return known;
  const layout: Layout = [];
  groups.forEach((group, g) => {
    const articleId = `p-${g}`;
    const span = (i: number) => (i === group.columns.length - 1 ? VALUE_COLUMNS - i : 1);
    const labelRow: HeaderCell[] = [
      { id: `${articleId}-content`, text: '信息内容', scope: 'col' },
      ...group.columns.map((c, i) => ({ id: `${articleId}-${c.key}`, text: c.label, colspan: span(i), scope: 'col' as const })),
    ];
    layout.push({ groupHeaders: [{ id: articleId, text: group.article, colspan: VALUE_COLUMNS + 1, scope: 'colgroup' }] });
    layout.push({ groupHeaders: labelRow });
    for (const row of group.rows) {
      const rowId = `${articleId}-${row.key}`;
      layout.push({
        headers: [{ id: rowId, text: row.label, scope: 'row' }],
        row: row.key,
        cells: group.columns.map((c, i) => ({ column: c.key, key: `proactive.${row.key}.${c.key}`, headers: [articleId, rowId, `${articleId}-${c.key}`], colspan: span(i) })),
      });
    }
  });
  layouts.set(groups, layout);
  return layout;
}

/**
 * Section 2 laid out like the official table: per 第二十条 item a header row, a column-label
 * row (信息内容 …) and its rows; narrower groups stretch their last column.
 */
export function proactiveTableModel(report: TabledReport): TableModel {
  const layout = layoutOf(PROACTIVE_GROUPS[report.template]);
  const body = layout.map((line): TableModel['body'][number] => {
    if (!('row' in line)) return line;
    const values = (report.proactive as Record<string, Record<string, number | null>>)[line.row]!;
    return {
      headers: line.headers,
      cells: line.cells.map(({ column, key, headers, colspan }) => ({ value: values[column] ?? null, key, headers, flagged: false, colspan })),
    };
  });
  return { id: 'proactive-table', caption: `二、${PROACTIVE_TITLE}`, head: [], body, layout };
}
