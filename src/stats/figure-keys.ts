/* Kept apart from figures.ts so browser code (the compare page) can use it without the report schema. */

/**
 * The counts every indicator is computed from, all from the 总计 column (section 3) or 总计 /
 * 纠正 / 尚未审结 columns (section 4). `null` means “not reported”: the report left every cell
 * behind the figure blank (or has no tables), which is not the same as 0.
 */
export const FIGURE_KEYS = [
  'received',
  'carried_over',
  'handled',
  'disclosed',
  'partially_disclosed',
  'withheld',
  'unavailable',
  'not_processed',
  'other',
  'carried_forward',
  'review_total',
  'review_corrected',
  'review_pending',
  'litigation_total',
  'litigation_corrected',
  'litigation_pending',
  'proactive_total',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number | null>;
