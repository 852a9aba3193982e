import type { FigureKey, Figures } from './figure-keys';

export type IndicatorUnit = '件' | '条' | '%';

/** One indicator: defined once here, shown on every page, in the downloads and on 关于数据. */
export interface Indicator {
  key: string;
  label: string;
  /** Short label for narrow table headers and chart legends. */
  short: string;
  unit: IndicatorUnit;
  /** The formula in words, with the official row and column names. */
  formula: string;
  compute: (f: Figures) => number | null;
}

const count = (key: FigureKey) => (f: Figures) => f[key];

/** A share in percent, rounded to one decimal; not reported when either part is, or when nothing was handled. */
export function rate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

const plus = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export const INDICATORS = [
  {
    key: 'received',
    label: '本年新收申请',
    short: '新收申请',
    unit: '件',
    formula: '一、本年新收政府信息公开申请数量（总计列）',
    compute: count('received'),
  },
  {
    key: 'handled',
    label: '本年办理申请',
    short: '办理申请',
    unit: '件',
    formula: '三、本年度办理结果（七）总计（总计列）',
    compute: count('handled'),
  },
  {
    key: 'disclosure_rate',
    label: '公开率',
    short: '公开率',
    unit: '%',
    formula: '（（一）予以公开 + （二）部分公开）÷ （七）总计',
    compute: (f) => rate(plus(f.disclosed, f.partially_disclosed), f.handled),
  },
  {
    key: 'withheld_rate',
    label: '不予公开率',
    short: '不予公开率',
    unit: '%',
    formula: '（三）不予公开（8 项之和）÷ （七）总计',
    compute: (f) => rate(f.withheld, f.handled),
  },
  {
    key: 'unavailable_rate',
    label: '无法提供率',
    short: '无法提供率',
    unit: '%',
    formula: '（四）无法提供（3 项之和）÷ （七）总计',
    compute: (f) => rate(f.unavailable, f.handled),
  },
  {
    key: 'not_processed_rate',
    label: '不予处理率',
    short: '不予处理率',
    unit: '%',
    formula: '（五）不予处理（5 项之和）÷ （七）总计',
    compute: (f) => rate(f.not_processed, f.handled),
  },
  {
    key: 'carried_forward',
    label: '结转下年度继续办理',
    short: '结转下年度',
    unit: '件',
    formula: '四、结转下年度继续办理（总计列）',
    compute: count('carried_forward'),
  },
  {
    key: 'reviews',
    label: '行政复议',
    short: '行政复议',
    unit: '件',
    formula: '第四部分 行政复议 总计',
    compute: count('review_total'),
  },
  {
    key: 'review_correction_rate',
    label: '行政复议纠正率',
    short: '复议纠正率',
    unit: '%',
    formula: '行政复议 结果纠正 ÷ （总计 − 尚未审结）',
    compute: (f) => rate(f.review_corrected, minus(f.review_total, f.review_pending)),
  },
  {
    key: 'lawsuits',
    label: '行政诉讼',
    short: '行政诉讼',
    unit: '件',
    formula: '第四部分 行政诉讼 未经复议直接起诉 总计 + 复议后起诉 总计',
    compute: count('litigation_total'),
  },
  {
    key: 'lawsuit_correction_rate',
    label: '行政诉讼纠正率',
    short: '诉讼纠正率',
    unit: '%',
    formula: '行政诉讼（两行之和）结果纠正 ÷ （总计 − 尚未审结）',
    compute: (f) => rate(f.litigation_corrected, minus(f.litigation_total, f.litigation_pending)),
  },
  {
    key: 'proactive_total',
    label: '主动公开政府信息（报告所述）',
    short: '主动公开',
    unit: '条',
    formula: '报告正文所述主动公开政府信息总数（disclosure.total），未写明的为“未报告”',
    compute: count('proactive_total'),
  },
] as const satisfies readonly Indicator[];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];
export type IndicatorValues = Record<IndicatorKey, number | null>;

export const indicatorByKey = (key: string): Indicator | undefined => INDICATORS.find((i) => i.key === key);

export function computeIndicators(f: Figures): IndicatorValues {
  return Object.fromEntries(INDICATORS.map((i) => [i.key, i.compute(f)])) as IndicatorValues;
}

/** How a value reads in a table: grouped digits, “%” for rates, “—” when not reported. */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined) return '—';
  return unit === '%' ? `${value.toFixed(1)}%` : value.toLocaleString('zh-CN');
}

/** Change from the previous year: counts in 件, rates in percentage points; null when either year is not reported. */
export function change(current: number | null, previous: number | null | undefined): number | null {
  if (current === null || previous === null || previous === undefined) return null;
  return Math.round((current - previous) * 10) / 10;
}

export function formatChange(delta: number | null, unit: IndicatorUnit): string {
  if (delta === null) return '—';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const abs = Math.abs(delta);
  return unit === '%' ? `${sign}${abs.toFixed(1)} 个百分点` : `${sign}${abs.toLocaleString('zh-CN')}`;
}
