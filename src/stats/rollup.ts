import type { Finding } from '../checks';
import type { CatalogEntry } from '../report/catalog';
import { reportFigures, sumFigures, type Figures } from './figures';
import { computeIndicators, type IndicatorValues } from './indicators';
import { buildRegionTree, regionPath, walkRegions, type RegionNode } from './regions';

/** One report with its figures and indicators, computed once per build. */
export interface ReportStats {
  entry: CatalogEntry;
  figures: Figures;
  indicators: IndicatorValues;
}

/** Figures summed over a set of reports of one year. */
export interface YearTotals {
  year: number;
  reports: number;
  figures: Figures;
  indicators: IndicatorValues;
}

export interface AgencyStats {
  slug: string;
  agency: string;
  region: string[];
  /** Oldest year first. */
  years: ReportStats[];
  /** Region page path of the agency's region, without base path. */
  regionPath: string;
}

export interface Stats {
  reports: ReportStats[];
  agencies: AgencyStats[];
  agencyBySlug: Map<string, AgencyStats>;
  /** Newest year first. */
  years: number[];
  byYear: Map<number, ReportStats[]>;
  yearTotals: Map<number, YearTotals>;
  regions: RegionNode<ReportStats>;
  /** Region page path (without base) by region names joined with “/”. */
  regionPathByNames: Map<string, string>;
}

function groupByYear(reports: readonly ReportStats[]): Map<number, ReportStats[]> {
  const groups = new Map<number, ReportStats[]>();
  for (const r of reports) {
    const list = groups.get(r.entry.report.year);
    if (list) list.push(r);
    else groups.set(r.entry.report.year, [r]);
  }
  return groups;
}

/** Per-year totals over reports, oldest year first. */
export function totalsByYear(reports: readonly ReportStats[]): YearTotals[] {
  return [...groupByYear(reports).entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const figures = sumFigures(list.map((r) => r.figures));
      return { year, reports: list.length, figures, indicators: computeIndicators(figures) };
    });
}

/** Everything the browse pages show, computed once from the catalog. */
export function buildStats(entries: readonly CatalogEntry[]): Stats {
  const reports = entries.map((entry): ReportStats => {
    const figures = reportFigures(entry.report);
    return { entry, figures, indicators: computeIndicators(figures) };
  });
  const regions = buildRegionTree(reports, (r) => r.entry.report.region);
  const regionPathByNames = new Map<string, string>();
  for (const node of walkRegions(regions)) regionPathByNames.set(node.names.join('/'), regionPath(node.slugs));

  const agencyBySlug = new Map<string, AgencyStats>();
  for (const r of reports) {
    const { agencySlug, report } = r.entry;
    let agency = agencyBySlug.get(agencySlug);
    if (!agency) {
      // An agency's newest report names it and its region (entries come newest year first).
      agency = { slug: agencySlug, agency: report.agency, region: report.region, years: [], regionPath: regionPathByNames.get(report.region.join('/'))! };
      agencyBySlug.set(agencySlug, agency);
    }
    agency.years.push(r);
  }
  for (const a of agencyBySlug.values()) a.years.sort((x, y) => x.entry.report.year - y.entry.report.year);

  const byYear = groupByYear(reports);
  const yearTotals = new Map(totalsByYear(reports).map((t) => [t.year, t]));
  return {
    reports,
    agencies: [...agencyBySlug.values()],
    agencyBySlug,
    years: [...byYear.keys()].sort((a, b) => b - a),
    byYear,
    yearTotals,
    regions,
    regionPathByNames,
  };
}

/** Rule 5 for one year of an agency: whether this year's 上年结转 matches last year's 结转下年度. */
export interface CarryOverCheck {
  year: number;
  /** This year's 上年结转 (总计列). */
  carriedOver: number | null;
  /** Last year's 结转下年度继续办理 (总计列), undefined without last year's report. */
  previousCarriedForward: number | null | undefined;
  /** Findings of rule 5 in any column; undefined when there is nothing to compare. */
  findings: Finding[] | undefined;
}

export function carryOverChecks(years: readonly ReportStats[]): CarryOverCheck[] {
  return years.map((r, i) => {
    const prev = years[i - 1];
    const adjacent =
      prev !== undefined && prev.entry.report.year === r.entry.report.year - 1 && prev.entry.report.template !== 'none' && r.entry.report.template !== 'none';
    return {
      year: r.entry.report.year,
      carriedOver: r.figures.carried_over,
      previousCarriedForward: adjacent ? prev.figures.carried_forward : undefined,
      findings: adjacent ? r.entry.findings.filter((f) => f.rule === 5) : undefined,
    };
  });
}

/** How many agencies a set of reports comes from (a region's reports hold each agency's several years). */
export const agencyCount = (reports: readonly ReportStats[]): number => new Set(reports.map((r) => r.entry.agencySlug)).size;
