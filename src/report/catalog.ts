import { checkWithHistory, type Finding } from '../checks';
import { CatalogError } from './errors';
import type { Report } from './schema';
import { agencySlug } from './slug';

export interface CatalogEntry {
  /** Content file id (its path below content/reports, without extension). */
  id: string;
  report: Report;
  /** The narrative (Markdown body), when the file has one. */
  body?: string | undefined;
  agencySlug: string;
  /** Page path without the base path, e.g. `reports/anqiushi-linghejiedao-banshichu/2023/`. */
  path: string;
  /** Broken 勾稽关系, rules 1–5. */
  findings: Finding[];
}

export interface Catalog {
  /** Every report: by region path, then agency, newest year first. */
  entries: CatalogEntry[];
  /** An agency's reports, newest year first, by agency slug. */
  byAgency: Map<string, CatalogEntry[]>;
}

export const reportPath = (slug: string, year: number): string => `reports/${slug}/${year}/`;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the site's index of reports once: slugs, page paths, consistency findings, ordering. */
export function buildCatalog(items: readonly { id: string; report: Report; body?: string | undefined }[]): Catalog {
  const byAgency = new Map<string, (typeof items)[number][]>();
  const agencyOfSlug = new Map<string, { agency: string; id: string }>();
  for (const item of items) {
    const slug = agencySlug(item.report);
    const owner = agencyOfSlug.get(slug);
    if (owner && owner.agency !== item.report.agency && !item.report.slug) {
      throw new CatalogError(
        `agency “${item.report.agency}” gets the slug “${slug}”, already used by “${owner.agency}” (${owner.id}); expected a distinct \`slug:\` in the frontmatter`,
        item.id,
      );
    }
    if (!owner) agencyOfSlug.set(slug, { agency: item.report.agency, id: item.id });
    const list = byAgency.get(slug) ?? [];
    const twin = list.find((other) => other.report.year === item.report.year);
    if (twin) {
      throw new CatalogError(
        `a second report of ${item.report.agency} for ${item.report.year} (the other is ${twin.id}); expected one report per agency and year`,
        item.id,
      );
    }
    list.push(item);
    byAgency.set(slug, list);
  }

  const entriesByAgency = new Map<string, CatalogEntry[]>();
  for (const [slug, list] of byAgency) {
    const byYear = [...list].sort((a, b) => b.report.year - a.report.year);
    entriesByAgency.set(
      slug,
      byYear.map((item, i) => ({
        id: item.id,
        report: item.report,
        body: item.body,
        agencySlug: slug,
        path: reportPath(slug, item.report.year),
        findings: checkWithHistory(item.report, byYear[i + 1]?.report),
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
  return { entries, byAgency: entriesByAgency };
}
