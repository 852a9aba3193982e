import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../report/catalog';
import type { AgencyStats, ReportStats, Stats } from '../stats/rollup';
import { regionPath, type RegionNode } from '../stats/regions';
import { regionCrumbs } from './browse-links';

/**
 * Incremental-build cache keys: each page's key is made from everything it shows that comes from
 * the reports (their cache keys, the links it prints), so Astro re-renders the page only when the
 * key changes. `test/site/incremental.test.ts` checks a rebuild against a clean build.
 */
const digest = (parts: readonly (string | undefined)[]): string =>
  createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\n'))
    .digest('base64url');

/** Region slugs depend on every report's region (same-sounding siblings get -2, -3), so every page's breadcrumb links join its key. */
const crumbLinks = (stats: Stats, region: readonly string[]) => regionCrumbs(stats, region).map((c) => c.href);

/** A report page: its report (and the year before, for the cross-year check) and its breadcrumbs. An undated report carries its own deadline as date. */
export const reportPageKey = (stats: Stats, entry: CatalogEntry): string => digest([entry.cacheKey, ...crumbLinks(stats, entry.report.region)]);

/** An agency page: its years' reports, its breadcrumbs, and the site's date (its PubDate). */
export const agencyPageKey = (catalog: Catalog, stats: Stats, agency: AgencyStats): string =>
  digest([catalog.latestPublished, ...crumbLinks(stats, agency.region), ...agency.years.map((y) => y.entry.cacheKey)]);

/** A region page: every report below it, the links to its sub-regions, its breadcrumbs, and the site's date. */
export const regionPageKey = (catalog: Catalog, stats: Stats, node: RegionNode<ReportStats>): string =>
  digest([
    catalog.latestPublished,
    ...crumbLinks(stats, node.names),
    ...node.children.map((c) => regionPath(c.slugs)),
    ...node.all.map((r) => r.entry.cacheKey),
  ]);
