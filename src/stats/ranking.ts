import type { ReportStats } from './rollup';

/** The n reports with the most new applications (not reported counts as none), ties by agency name. */
export function topByReceived(reports: readonly ReportStats[], n: number): ReportStats[] {
  return [...reports]
    .filter((r) => r.figures.received !== null)
    .sort((a, b) => b.figures.received! - a.figures.received! || a.entry.report.agency.localeCompare(b.entry.report.agency, 'zh-CN'))
    .slice(0, n);
}
