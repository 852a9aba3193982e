import { checkWithHistory, type Finding } from '../checks';
import { CatalogError } from './errors';
import { latestPublicationDate } from './dates';
import type { RenderedNarrative } from './narrative';
import type { Report } from './schema';
import { agencySlug } from './slug';

export interface CatalogEntry {
  /** Content file id (its path below content/reports, without extension). */
  id: string;
  report: Report;
  /** The narrative (the Markdown body), rendered to HTML and cut into its numbered parts; read on demand. */
  narrative: () => RenderedNarrative;
  agencySlug: string;
  /** Page path without the base path, e.g. `reports/anqiushi-linghejiedao-banshichu/2023/`. */
  path: string;
  /** Broken 勾稽关系, rules 1–5. */
  findings: Finding[];
  /**
   * Changes whenever anything the report's page shows changes: its file, the previous year's
   * (the cross-year check) and the agency's list of years. Astro's incremental build reuses
   * the page while it stays the same.
   */
  cacheKey: string;
}

/** A loaded report file: `digest` identifies its contents (and the code that read them). */
export interface CatalogItem {
  id: string;
  /** The report's file, which errors name (its id where unknown). */
  file?: string | undefined;
  report: Report;
  narrative: () => RenderedNarrative;
  digest: string;
}

export interface Catalog {
  /** Every report: by region path, then agency, newest year first. */
  entries: CatalogEntry[];
  /** An agency's reports, newest year first, by agency slug. */
  byAgency: Map<string, CatalogEntry[]>;
  /** The newest publication date of any report: the date of pages that are not one report's. */
  latestPublished: string | undefined;
}

export const reportPath = (slug: string, year: number): string => `reports/${slug}/${year}/`;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the site's index of reports once: slugs, page paths, consistency findings, ordering. */
export function buildCatalog(items: readonly CatalogItem[]): Catalog {
  const byAgency = new Map<string, (typeof items)[number][]>();
  const agencyOfSlug = new Map<string, { agency: string; file: string }>();
  const named = (item: CatalogItem) => item.file ?? item.id;
  for (const item of items) {
    const slug = agencySlug(item.report);
    const owner = agencyOfSlug.get(slug);
    if (owner && owner.agency !== item.report.agency && !item.report.slug) {
      throw new CatalogError(
        `agency “${item.report.agency}” gets the slug “${slug}”, already used by “${owner.agency}” (${owner.file}); expected a distinct \`slug:\` in the frontmatter`,
        named(item),
      );
    }
    if (!owner) agencyOfSlug.set(slug, { agency: item.report.agency, file: named(item) });
    const list = byAgency.get(slug) ?? [];
    const twin = list.find((other) => other.report.year === item.report.year);
    if (twin) {
      throw new CatalogError(
        `a second report of ${item.report.agency} for ${item.report.year} (the other is ${named(twin)}); expected one report per agency and year`,
        named(item),
      );
    }
    list.push(item);
    byAgency.set(slug, list);
  }

  const entriesByAgency = new Map<string, CatalogEntry[]>();
  for (const [slug, list] of byAgency) {
    const byYear = [...list].sort((a, b) => b.report.year - a.report.year);
    const years = byYear.map((item) => item.report.year).join(',');
    entriesByAgency.set(
      slug,
      byYear.map((item, i) => ({
        id: item.id,
        report: item.report,
        narrative: item.narrative,
        agencySlug: slug,
        path: reportPath(slug, item.report.year),
        findings: checkWithHistory(item.report, byYear[i + 1]?.report),
        cacheKey: `${item.digest}|${byYear[i + 1]?.digest ?? ''}|${years}`,
      })),
    );
  }

  const entries = [...entriesByAgency.values()]
    .flat()
    .sort(
      (a, b) =>
        compareText(a.report.region.join('/'), b.report.region.join('/')) ||
        compareText(a.report.agency, b.report.agency) ||
        b.report.year - a.report.year,
    );
  return { entries, byAgency: entriesByAgency, latestPublished: latestPublicationDate(items.map((i) => i.report)) };
}
