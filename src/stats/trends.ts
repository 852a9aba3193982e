import type { ChartSpec } from '../charts/spec';
import { INDICATORS, indicatorByKey, type IndicatorKey, type IndicatorValues } from './indicators';
import { OUTCOME_KEYS, FIGURE_LABELS, type Figures } from './figures';
import type { ReportStats } from './rollup';

/** The trend charts of a series of years: which indicators share a chart (same unit, same scale). */
export const TREND_GROUPS: { id: string; title: string; keys: IndicatorKey[] }[] = [
  { id: 'applications', title: '新收与办理申请', keys: ['received', 'handled', 'carried_forward'] },
  { id: 'rates', title: '办理结果占比', keys: ['disclosure_rate', 'withheld_rate', 'unavailable_rate', 'not_processed_rate'] },
  { id: 'appeals', title: '行政复议与行政诉讼', keys: ['reviews', 'lawsuits'] },
  { id: 'correction', title: '复议、诉讼纠正率', keys: ['review_correction_rate', 'lawsuit_correction_rate'] },
  { id: 'proactive', title: '主动公开政府信息（报告所述）', keys: ['proactive_total'] },
];

/** A line chart of indicators over years (oldest first). */
export function trendSpec(keys: readonly IndicatorKey[], points: readonly { year: number; values: IndicatorValues }[]): ChartSpec {
  const first = indicatorByKey(keys[0]!)!;
  return {
    kind: 'line',
    categories: points.map((p) => `${p.year}年`),
    series: keys.map((k) => ({ label: INDICATORS.find((i) => i.key === k)!.short, values: points.map((p) => p.values[k]) })),
    unit: first.unit,
  };
}

/** A stacked bar per category of how the handled applications ended, in 件. */
export function outcomeSpec(points: readonly { label: string; figures: Figures }[], horizontal = false): ChartSpec {
  return {
    kind: 'stacked',
    horizontal,
    categories: points.map((p) => p.label),
    series: OUTCOME_KEYS.map((k) => ({ label: FIGURE_LABELS[k], values: points.map((p) => p.figures[k]) })),
    unit: '件',
  };
}

/** A horizontal bar per agency of its new applications (件), labelled as the 本年新收申请 indicator. */
export function receivedBarSpec(reports: readonly ReportStats[]): ChartSpec {
  return {
    kind: 'bar',
    horizontal: true,
    categories: reports.map((r) => r.entry.report.agency),
    series: [{ label: indicatorByKey('received')!.label, values: reports.map((r) => r.figures.received) }],
    unit: '件',
  };
}
