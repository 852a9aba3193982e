import type { Report } from '../report/schema';
import { TEMPLATE_NAMES } from '../report/template-info';

/**
 * The search filters, in the order the search page shows them; the names are the URL parameters.
 * A `typed` filter is a text field with suggestions rather than a list to pick from: a provincial
 * portal has thousands of agencies, which no one scrolls through, and a list of 2,000 options cost
 * the page a 56–91 ms long task to lay out each time the counts came (10,000 reports).
 */
export const FILTERS = [
  { name: 'year', label: '年度', typed: false },
  { name: 'province', label: '省份', typed: false },
  { name: 'city', label: '城市', typed: false },
  { name: 'agency', label: '机关', typed: true },
  { name: 'template', label: '表格格式', typed: false },
] as const;

export type FilterName = (typeof FILTERS)[number]['name'];
export const FILTER_NAMES: readonly FilterName[] = FILTERS.map((f) => f.name);


/** The filter values of one report, as its page declares them to the search index. */
export function reportFilters(report: Report): Partial<Record<FilterName, string>> {
  const [province, city] = report.region;
  return {
    year: String(report.year),
    ...(province && { province }),
    ...(city && { city }),
    agency: report.agency,
    template: TEMPLATE_NAMES[report.template],
  };
}

/** A search hit with the filter values of its report (as pagefind stores them: name → values). */
export interface Faceted {
  filters: Partial<Record<string, string[]>>;
}

export type Selection = Partial<Record<FilterName, string>>;
export type FacetCounts = Record<FilterName, Record<string, number>>;

const matches = (item: Faceted, selected: Selection, except?: FilterName) =>
  FILTER_NAMES.every((name) => name === except || !selected[name] || (item.filters[name] ?? []).includes(selected[name]!));

/** The items that have every selected filter value. */
export const applyFilters = <T extends Faceted>(items: readonly T[], selected: Selection): T[] => items.filter((i) => matches(i, selected));

/**
 * How many items each filter value would leave: for a filter, the count among the items that
 * match every *other* selected filter, so the other values of a chosen filter keep their counts.
 */
export function countFacets(items: readonly Faceted[], selected: Selection): FacetCounts {
  const counts = Object.fromEntries(FILTER_NAMES.map((n) => [n, {}])) as FacetCounts;
  for (const item of items) {
    for (const name of FILTER_NAMES) {
      if (!matches(item, selected, name)) continue;
      for (const value of item.filters[name] ?? []) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Filter values in the order the page lists them: years newest first, the rest by count, then by name. */
export function orderValues(name: FilterName, counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  if (name === 'year') return entries.sort(([a], [b]) => Number(b) - Number(a));
  return entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-CN'));
}
