import {
  APPEAL_COLUMNS,
  APPEAL_ROWS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  LITIGATION_LABEL,
  PROACTIVE_GROUPS,
  TEMPLATES,
  type ApplicationRow,
  type TableTemplate,
} from '../labels';
import { hasTables, type Report } from '../schema';
import { applicationCells } from '../table-cells';

/** One column of the flat export: a Chinese header built from the official labels and how to read it. */
export interface ExportColumn {
  /** Stable ASCII key, e.g. applications.results.withheld.third_party[0]. */
  key: string;
  /** Chinese header, e.g. 三（三）4.保护第三方合法权益/自然人. */
  header: string;
  /** Templates that have this cell. */
  templates: readonly TableTemplate[];
  /** The cell: a number, null when printed blank, undefined when the report's template has no such cell. */
  get: (report: Report) => number | null | undefined;
}

/** Union of two ordered lists, items only in `b` placed after their predecessor in `b`. */
function unionInOrder<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): T[] {
  const out = [...a];
  let prev = -1;
  for (const x of b) {
    const i = out.findIndex((y) => same(x, y));
    if (i >= 0) prev = i;
    else out.splice(++prev, 0, x);
  }
  return out;
}

const templatesWith = (has: (t: TableTemplate) => boolean) => TEMPLATES.filter(has);

function proactiveColumns(): ExportColumn[] {
  const cells = (t: TableTemplate) =>
    PROACTIVE_GROUPS[t].flatMap((g) => g.rows.flatMap((row) => g.columns.map((col) => ({ row, col }))));
  const header = ({ row, col }: ReturnType<typeof cells>[number]) => `主动公开/${row.label}/${col.label}`;
  const all = unionInOrder(cells('2021'), cells('2019'), (x, y) => header(x) === header(y));
  return all.map((cell) => {
    const templates = templatesWith((t) => cells(t).some((c) => header(c) === header(cell)));
    return {
      key: `proactive.${cell.row.key}.${cell.col.key}`,
      header: header(cell),
      templates,
      get: (r: Report) =>
        hasTables(r) && templates.includes(r.template)
          ? ((r.proactive as Record<string, Record<string, number | null>>)[cell.row.key]?.[cell.col.key] ?? null)
          : undefined,
    };
  });
}

function applicationColumns(): ExportColumn[] {
  const same = (x: ApplicationRow, y: ApplicationRow) => x.code === y.code && x.label === y.label;
  const rows = unionInOrder(APPLICATION_ROWS['2021'], APPLICATION_ROWS['2019'], same);
  return rows.flatMap((row) => {
    const templates = templatesWith((t) => APPLICATION_ROWS[t].some((x) => same(x, row)));
    return APPLICANT_COLUMNS.map((col, c) => ({
      key: `applications.${row.path.join('.')}[${c}]`,
      header: `${row.code}${row.label}/${col.label}`,
      templates,
      get: (r: Report) =>
        hasTables(r) && templates.includes(r.template) ? (applicationCells(r.applications, row)[c] ?? null) : undefined,
    }));
  });
}

function appealColumns(): ExportColumn[] {
  return APPEAL_ROWS.flatMap((row) =>
    APPEAL_COLUMNS.map((col, c) => ({
      key: `appeals.${row.key}[${c}]`,
      header: `${row.key === 'review' ? row.label : `${LITIGATION_LABEL}/${row.label}`}/${col.label}`,
      templates: TEMPLATES,
      get: (r: Report) => (hasTables(r) ? (r.appeals[row.key][c] ?? null) : undefined),
    })),
  );
}

/** Every table cell of both templates, in official order, one export column each. */
export const CELL_COLUMNS: readonly ExportColumn[] = [...proactiveColumns(), ...applicationColumns(), ...appealColumns()];
