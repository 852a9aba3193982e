import { stringify } from 'csv-stringify/sync';
import { INDICATORS } from './indicators';
import type { ReportStats } from './rollup';

/** One row per report with every indicator (blank = not reported), UTF-8 with BOM for Excel. */
export function indicatorsCsv(reports: readonly ReportStats[]): string {
  const header = ['机关', '机关代码', '地区', '年度', ...INDICATORS.map((i) => `${i.label}（${i.unit}）`)];
  const rows = reports.map(({ entry, indicators }) => [
    entry.report.agency,
    entry.agencySlug,
    entry.report.region.join('/'),
    entry.report.year,
    ...INDICATORS.map((i) => indicators[i.key] ?? ''),
  ]);
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`;
}
