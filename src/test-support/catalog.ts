import { buildCatalog, type CatalogEntry } from '../report/catalog';
import type { Report } from '../report/schema';

/**
 * Catalog entries of bare reports, for the stats tests: each item also carries what the catalog
 * may read besides the report (a digest, the narrative on demand), which these tests never use.
 */
export function catalogOf(reports: readonly Report[]): CatalogEntry[] {
  const items = reports.map((report, i) => ({
    id: String(i),
    report,
    digest: String(i),
    narrative: (): never => {
      throw new Error('the stats tests read no narrative');
    },
  }));
  return buildCatalog(items).entries;
}
