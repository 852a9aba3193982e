import { PROACTIVE_GROUPS, PROACTIVE_TITLE } from '../labels';
import type { TabledReport } from '../schema';
import type { HeaderCell, TableModel, TableRow } from './model';

/** Widest group: the table has one label column plus this many value columns. */
const VALUE_COLUMNS = 3;

/**
 * Section 2 laid out like the official table: per 第二十条 item a header row, a column-label
 * row (信息内容 …) and its rows; narrower groups stretch their last column.
 */
export function proactiveTableModel(report: TabledReport): TableModel {
  const body: TableModel['body'] = [];
  PROACTIVE_GROUPS[report.template].forEach((group, g) => {
    const articleId = `p-${g}`;
    const span = (i: number) => (i === group.columns.length - 1 ? VALUE_COLUMNS - i : 1);
    const labelRow: HeaderCell[] = [
      { id: `${articleId}-content`, text: '信息内容', scope: 'col' },
      ...group.columns.map((c, i) => ({ id: `${articleId}-${c.key}`, text: c.label, colspan: span(i), scope: 'col' as const })),
    ];
    body.push({ groupHeaders: [{ id: articleId, text: group.article, colspan: VALUE_COLUMNS + 1, scope: 'colgroup' }] });
    body.push({ groupHeaders: labelRow });
    for (const row of group.rows) {
      const values = (report.proactive as Record<string, Record<string, number | null>>)[row.key]!;
      const rowId = `${articleId}-${row.key}`;
      const line: TableRow = {
        headers: [{ id: rowId, text: row.label, scope: 'row' }],
        cells: group.columns.map((c, i) => ({
          value: values[c.key] ?? null,
          key: `proactive.${row.key}.${c.key}`,
          headers: [articleId, rowId, `${articleId}-${c.key}`],
          flagged: false,
          colspan: span(i),
        })),
      };
      body.push(line);
    }
  });
  return { id: 'proactive-table', caption: `二、${PROACTIVE_TITLE}`, head: [], body };
}
