/** The 勾稽关系 of the contract (../shared/report-format.md), numbered as there. */
export const RULES = {
  1: '第一项加第二项之和，等于第三项加第四项之和（每一列）',
  2: '（七）总计等于各项办理结果之和（每一列）',
  3: '总计列等于自然人与法人或其他组织各列之和（每一行）',
  4: '总计等于结果维持、结果纠正、其他结果、尚未审结之和（每一行）',
  5: '本年“上年结转”等于上一年度报告的“结转下年度继续办理”',
} as const;

export type RuleNumber = keyof typeof RULES;

/** A cell the finding involves, for highlighting: table, key path of the row, column index. */
export interface CellRef {
  table: 'applications' | 'appeals';
  row: string;
  column: number;
}

/** One broken consistency rule, with the cell it reports on and the numbers that disagree. */
export interface Finding {
  rule: RuleNumber;
  table: 'applications' | 'appeals';
  /** Key path of the row checked, e.g. `results.total` or `review`. */
  row: string;
  /** Column index (0-based) of the cell checked. */
  column: number;
  /** What the other cells add up to. */
  expected: number;
  /** What the report states. */
  actual: number;
  /** Every cell the rule reads, to mark on the page. */
  cells: CellRef[];
  /** For rule 5: the year whose report the value comes from. */
  previousYear?: number;
}
