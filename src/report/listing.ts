import type { CatalogEntry } from './catalog';
import { publicationDate } from './dates';

/** How many reports the home page lists as newest: its size stays the same however many reports the site holds. */
export const NEWEST_COUNT = 20;

/** The most recently published reports, newest first (by date, then region and agency as the catalog orders them). */
export function newestReports(entries: readonly CatalogEntry[], count = NEWEST_COUNT): CatalogEntry[] {
  return entries
    .map((entry, order) => ({ entry, order, date: publicationDate(entry.report) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.order - b.order))
    .slice(0, count)
    .map((x) => x.entry);
}
