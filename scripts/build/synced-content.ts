import type { CatalogEntry } from '../../src/report/catalog';
import { searchDocument } from '../../src/search/document';
import { cachedCatalog, readNarrative, readReport, type CachedReport } from '../../src/site/report-cache';
import { searchSources, type SearchSource } from './search-index';

/**
 * The reports Astro's loader has synced (src/site/report-loader.ts sends where it prepared each)
 * as the search index takes them, placed by the catalog as the pages place them and keyed by their
 * content digests (the loader's). Throws as the catalog does (Astro then names the same problem and
 * fails the build), or when a report cannot be read.
 */
export function syncedSearchSources(reports: readonly CachedReport[]): SearchSource[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  // Each document read from the pack again when its shard is made, rather than from the catalog,
  // which is then let go: the build's heap keeps no report (10,000: about 40 MB) through the index's work.
  const document = (entry: CatalogEntry) => {
    const { record } = byId.get(entry.id)!;
    return () => searchDocument(readReport(record), readNarrative(record));
  };
  return searchSources(cachedCatalog(reports).entries, (entry) => byId.get(entry.id)!.digest, document);
}
