import type { IndicatorUnit } from '../stats/indicators';

/** What a chart shows: the same numbers go into its HTML table and, as JSON, into chart.js. */
export interface ChartSpec {
  kind: 'line' | 'bar' | 'stacked';
  /** Bars run left to right (for long agency names). */
  horizontal?: boolean;
  /** Axis labels: years, agencies or regions. */
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  unit: IndicatorUnit;
}

const show = (v: number, unit: IndicatorUnit) => (unit === '%' ? `${v.toFixed(1)}%` : `${v.toLocaleString('zh-CN')} ${unit}`);

/** A sentence per series for screen readers: the range, and for trends where it started and ended. */
export function summarize(spec: ChartSpec): string {
  const parts = spec.series.map((s) => {
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ v, at: spec.categories[i]! }]));
    if (points.length === 0) return `${s.label}：均未报告`;
    const max = points.reduce((a, b) => (b.v > a.v ? b : a));
    const min = points.reduce((a, b) => (b.v < a.v ? b : a));
    const first = points[0]!;
    const last = points.at(-1)!;
    const trend = spec.kind === 'line' && points.length > 1 ? `从${first.at}的 ${show(first.v, spec.unit)} 变为${last.at}的 ${show(last.v, spec.unit)}，` : '';
    return points.length === 1
      ? `${s.label}：${first.at} ${show(first.v, spec.unit)}`
      : `${s.label}：${trend}最高为${max.at}（${show(max.v, spec.unit)}），最低为${min.at}（${show(min.v, spec.unit)}）`;
  });
  return `${parts.join('；')}。`;
}

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies; lines also differ by dash and marker. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'] as const;
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1], [12, 6]];
export const MARKERS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
