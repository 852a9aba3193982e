import type { ReportStats } from './rollup';

/** The n reports with the most new applications (not reported counts as none), ties by agency name. */
export function topByReceived(reports: readonly ReportStats[], n: number): ReportStats[] {
  return [...reports]
    .filter((r) => r.figures.received !== null)
    .sort((a, b) => b.figures.received! - a.figures.received! || a.entry.report.agency.localeCompare(b.entry.report.agency, 'zh-CN'))
    .slice(0, n);
}

/** How many agencies a year page compares: the page stays light however many reports the year has; the year's downloads hold them all. */
export const YEAR_PAGE_AGENCIES = 200;

/** The reports a year page's agency table shows: most new applications first (not reported last), at most `limit`. */
export function yearTableRows(reports: readonly ReportStats[], limit = YEAR_PAGE_AGENCIES): ReportStats[] {
  return [...reports].sort((a, b) => (b.figures.received ?? -1) - (a.figures.received ?? -1)).slice(0, limit);
}
