import type { CatalogEntry } from './catalog';

export interface AgencyListing {
  agency: string;
  agencySlug: string;
  /** The agency's reports, newest year first. */
  reports: { year: number; path: string; flagged: boolean }[];
}

export interface RegionListing {
  /** Region path as written, e.g. 山东省 / 潍坊市 / 安丘市. */
  region: string[];
  agencies: AgencyListing[];
}

/** Reports grouped by region path, then agency, newest year first: what the home page lists. */
export function listByRegion(entries: readonly CatalogEntry[]): RegionListing[] {
  const regions = new Map<string, RegionListing>();
  for (const e of entries) {
    const key = e.report.region.join('/');
    const region = regions.get(key) ?? { region: e.report.region, agencies: [] };
    regions.set(key, region);
    let agency = region.agencies.find((a) => a.agencySlug === e.agencySlug);
    if (!agency) {
      agency = { agency: e.report.agency, agencySlug: e.agencySlug, reports: [] };
      region.agencies.push(agency);
    }
    agency.reports.push({ year: e.report.year, path: e.path, flagged: e.findings.length > 0 });
  }
  for (const r of regions.values()) for (const a of r.agencies) a.reports.sort((x, y) => y.year - x.year);
  return [...regions.values()];
}
