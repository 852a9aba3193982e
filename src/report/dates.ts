import type { Report } from './schema';

/**
 * The report's publication date, YYYY-MM-DD. Most reports print none; they then count as
 * published on 31 January of the next year, the deadline the 条例 (第五十条) sets for them.
 */
export const publicationDate = (report: Pick<Report, 'published' | 'year'>): string => report.published ?? `${report.year + 1}-01-31`;

/** The newest publication date of a set of reports: when the site's content last changed. */
export function latestPublicationDate(reports: readonly Pick<Report, 'published' | 'year'>[]): string | undefined {
  return reports.map(publicationDate).sort().at(-1);
}
