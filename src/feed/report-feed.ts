import type { CatalogEntry } from '../report/catalog';
import { publicationDate } from '../report/dates';
import type { AtomEntry } from './atom';

/** One feed entry per report, newest publication date first; `absolute` turns a page path into its full URL. */
export function reportFeedEntries(entries: readonly CatalogEntry[], absolute: (path: string) => string): AtomEntry[] {
  return entries
    .map((e) => ({
      url: absolute(e.path),
      title: e.report.title,
      updated: publicationDate(e.report),
      author: e.report.agency,
      summary: `${e.report.region.join(' / ')} · ${e.report.agency} · ${e.report.year}年度`,
    }))
    .sort((a, b) => (a.updated === b.updated ? (a.url < b.url ? -1 : 1) : a.updated < b.updated ? 1 : -1));
}
