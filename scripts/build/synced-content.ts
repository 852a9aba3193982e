import { cachedCatalog, type CachedReport } from '../../src/site/report-cache';
import { searchSources, type SearchSource } from './search-index';

/**
 * The reports Astro's loader has synced (src/site/report-loader.ts sends where it prepared each)
 * as the search index takes them, placed by the catalog as the pages place them and keyed by their
 * content digests (the loader's). Throws as the catalog does (Astro then names the same problem and
 * fails the build), or when a report cannot be read.
 */
export function syncedSearchSources(reports: readonly CachedReport[]): SearchSource[] {
  const digests = new Map(reports.map((r) => [r.id, r.digest]));
  return searchSources(cachedCatalog(reports).entries, (entry) => digests.get(entry.id)!);
}
