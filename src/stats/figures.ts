import { APPEAL_COLUMNS, APPEAL_ROWS, APPLICATION_ROWS, LITIGATION_LABEL } from '../report/labels';
import { hasTables, type Appeals, type Cell, type Report, type TabledReport } from '../report/schema';
import { applicationCells } from '../report/table-cells';
import { FIGURE_KEYS, type FigureKey, type Figures } from './figure-keys';

export { FIGURE_KEYS, type FigureKey, type Figures };

const TOTAL = 6;

/** Sum of cells where a blank counts as 0, unless every cell is blank: then the figure is not reported. */
export function nullableSum(cells: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const c of cells) if (c !== null && c !== undefined) total = (total ?? 0) + c;
  return total;
}

/** The 总计 cells of every result row under a results key (a group, or a single row). */
function resultTotals(report: TabledReport, group: string): Cell[] {
  return APPLICATION_ROWS[report.template]
    .filter((r) => r.isResult && r.path[1] === group)
    .map((r) => applicationCells(report.applications, r)[TOTAL] ?? null);
}

const APPEAL = { upheld: 0, corrected: 1, other: 2, pending: 3, total: 4 } as const;
const RESULTS_TOTAL = APPLICATION_ROWS['2021'].find((r) => r.path.join('.') === 'results.total')!;
const appealCells = (appeals: Appeals, rows: (keyof Appeals)[], column: number) => rows.map((r) => appeals[r][column]);

/** The figures of one report. 其他处理 is one row in template 2019 and three in 2021: both sum to `other`. */
export function reportFigures(report: Report): Figures {
  const proactive_total = report.disclosure?.total ?? null;
  if (!hasTables(report)) {
    const none = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
    return { ...none, proactive_total };
  }
  const a = report.applications;
  const lit: (keyof Appeals)[] = ['litigation_direct', 'litigation_after_review'];
  return {
    received: a.received[TOTAL] ?? null,
    carried_over: a.carried_over[TOTAL] ?? null,
    handled: a.results.total[TOTAL] ?? null,
    disclosed: nullableSum(resultTotals(report, 'disclosed')),
    partially_disclosed: nullableSum(resultTotals(report, 'partially_disclosed')),
    withheld: nullableSum(resultTotals(report, 'withheld')),
    unavailable: nullableSum(resultTotals(report, 'unavailable')),
    not_processed: nullableSum(resultTotals(report, 'not_processed')),
    other: nullableSum(resultTotals(report, 'other')),
    carried_forward: a.carried_forward[TOTAL] ?? null,
    review_total: report.appeals.review[APPEAL.total] ?? null,
    review_corrected: report.appeals.review[APPEAL.corrected] ?? null,
    review_pending: report.appeals.review[APPEAL.pending] ?? null,
    litigation_total: nullableSum(appealCells(report.appeals, lit, APPEAL.total)),
    litigation_corrected: nullableSum(appealCells(report.appeals, lit, APPEAL.corrected)),
    litigation_pending: nullableSum(appealCells(report.appeals, lit, APPEAL.pending)),
    proactive_total,
  };
}

/** Figures summed over several reports (a region, a year): blank counts as 0 unless every report left it blank. */
export function sumFigures(list: readonly Figures[]): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, nullableSum(list.map((f) => f[k]))])) as Figures;
}

const row2021 = (key: string) => APPLICATION_ROWS['2021'].find((r) => r.path.join('.') === key || r.path[1] === key)!;
/** Label of a section-3 figure as the official table numbers it, e.g. 一、本年新收… or （三）不予公开. */
const applicationLabel = (key: string) => {
  const row = row2021(key);
  return row.path[0] === 'results' && row.group ? row.group : `${row.number}${row.label.replace(/（.*$/u, '')}`;
};
const appealLabel = (row: string, column: number) => `${row}·${APPEAL_COLUMNS[column]!.label}`;
const REVIEW = APPEAL_ROWS[0].label;

/** Column headings of the figures, from the official row and column names. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  received: applicationLabel('received'),
  carried_over: applicationLabel('carried_over'),
  handled: `${RESULTS_TOTAL.section ?? ''}${RESULTS_TOTAL.number}${RESULTS_TOTAL.label}`,
  disclosed: applicationLabel('results.disclosed'),
  partially_disclosed: applicationLabel('results.partially_disclosed'),
  withheld: applicationLabel('withheld'),
  unavailable: applicationLabel('unavailable'),
  not_processed: applicationLabel('not_processed'),
  other: applicationLabel('other'),
  carried_forward: applicationLabel('carried_forward'),
  review_total: appealLabel(REVIEW, APPEAL.total),
  review_corrected: appealLabel(REVIEW, APPEAL.corrected),
  review_pending: appealLabel(REVIEW, APPEAL.pending),
  litigation_total: appealLabel(LITIGATION_LABEL, APPEAL.total),
  litigation_corrected: appealLabel(LITIGATION_LABEL, APPEAL.corrected),
  litigation_pending: appealLabel(LITIGATION_LABEL, APPEAL.pending),
  proactive_total: '主动公开政府信息（条）',
};

/** The six outcome groups of 三、本年度办理结果, whose shares make the outcome mix. */
export const OUTCOME_KEYS = ['disclosed', 'partially_disclosed', 'withheld', 'unavailable', 'not_processed', 'other'] as const satisfies readonly FigureKey[];
