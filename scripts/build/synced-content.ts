import { buildCatalog, type Catalog } from '../../src/report/catalog';
import type { ContentReport } from '../../src/site/build-channel';
import { readNarrative, readReport } from '../../src/site/report-cache';
import { searchSources, type SearchSource } from './search-index';

/**
 * The catalog of the reports Astro's loader has synced (src/site/report-loader.ts sends their files
 * in its ReportCache), built in the build's own process as src/site/catalog.ts builds it for the
 * pages: the same slugs and paths. Throws as buildCatalog does (Astro then names the same problem
 * and fails the build), or when a file cannot be read.
 */
export const syncedCatalog = (reports: readonly ContentReport[]): Catalog =>
  buildCatalog(reports.map(({ id, file, digest }) => ({ id, report: readReport(file), narrative: () => readNarrative(file), digest })));

/** The synced reports as the search index takes them, each keyed by its content digest (the loader's). */
export function syncedSearchSources(reports: readonly ContentReport[]): SearchSource[] {
  const digests = new Map(reports.map((r) => [r.id, r.digest]));
  return searchSources(syncedCatalog(reports).entries, (entry) => digests.get(entry.id)!);
}
