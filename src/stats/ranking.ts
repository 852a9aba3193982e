import type { RegionNode } from './regions';
import type { AgencyStats, ReportStats } from './rollup';

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

/** How many agencies the list of agencies names on one page: a larger site lists its regions there, whose pages name every agency. */
export const AGENCY_LIST_LIMIT = 1000;

/**
 * What /agencies/ lists: every agency, by region and name, while there are at most `limit`;
 * past that the top-level regions and the regions below them, so the page stays light (a
 * province publishes about 15,000 reports a year, one for each agency).
 */
export function agencyIndex(
  agencies: readonly AgencyStats[],
  regions: RegionNode<ReportStats>,
  limit = AGENCY_LIST_LIMIT,
): { agencies: AgencyStats[] } | { regions: RegionNode<ReportStats>[] } {
  if (agencies.length > limit) return { regions: regions.children.flatMap((r) => [r, ...r.children]) };
  return { agencies: [...agencies].sort((a, b) => (a.region.join('/') + a.agency).localeCompare(b.region.join('/') + b.agency, 'zh-CN')) };
}
