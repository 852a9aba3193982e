import { formatValue, type Indicator } from '../../stats/indicators';
import type { ComparisonRow } from '../../stats/compare';

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The comparison as CSV with a BOM for Excel: one row per agency and year, numbers unformatted, blank = not reported. */
export function comparisonCsv(rows: readonly ComparisonRow[], indicators: readonly Indicator[]): string {
  const header = ['机关', '机关代码', '地区', '年度', ...indicators.map((i) => `${i.label}（${i.unit}）`)];
  const lines = rows.map((r) => [r.name, r.slug, r.region, String(r.year), ...r.values.map((v) => (v === null ? '' : String(v)))]);
  return `\uFEFF${[header, ...lines].map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
}

export const cellText = (v: number | null, i: Indicator) => formatValue(v, i.unit);
