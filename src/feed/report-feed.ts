import type { CatalogEntry } from '../report/catalog';
import { publicationDate } from '../report/dates';
import type { AtomEntry } from './atom';

/**
 * How many reports the feed lists. Readers fetch a feed again and again: with every report in it,
 * it was 5.7 MB at 10,000 reports and grew with each. The newest 200 cover the days around the
 * publication deadline (31 January) of a large region polled daily; the open data lists all.
 */
export const FEED_ENTRIES = 200;

/** One feed entry for each of the `limit` newest reports by publication date, newest first; `absolute` turns a page path into its full URL. */
export function reportFeedEntries(entries: readonly CatalogEntry[], absolute: (path: string) => string, limit = FEED_ENTRIES): AtomEntry[] {
  return entries
    .map((e) => ({
      url: absolute(e.path),
      title: e.report.title,
      updated: publicationDate(e.report),
      author: e.report.agency,
      summary: `${e.report.region.join(' / ')} · ${e.report.agency} · ${e.report.year}年度`,
    }))
    .sort((a, b) => (a.updated === b.updated ? (a.url < b.url ? -1 : 1) : a.updated < b.updated ? 1 : -1))
    .slice(0, limit);
}
