import { FIGURE_KEYS, type Figures } from './figure-keys';
import type { Stats } from './rollup';

/**
 * The compact indicator index the compare page fetches (/data/indicators.json): figures only, as
 * arrays in FIGURE_KEYS order, so the browser computes the indicators with the same functions.
 */
export interface IndicatorIndex {
  figureKeys: readonly string[];
  years: number[];
  agencies: { slug: string; name: string; region: string; url: string; years: Record<string, (number | null)[]> }[];
}

export function indicatorIndex(stats: Stats, url: (path: string) => string): IndicatorIndex {
  return {
    figureKeys: FIGURE_KEYS,
    years: [...stats.years].sort((a, b) => a - b),
    agencies: stats.agencies.map((a) => ({
      slug: a.slug,
      name: a.agency,
      region: a.region.join('/'),
      url: url(`agencies/${a.slug}/`),
      years: Object.fromEntries(a.years.map((y) => [String(y.entry.report.year), FIGURE_KEYS.map((k) => y.figures[k])])),
    })),
  };
}

/** The figures of one agency-year back from the index's array form. */
export const figuresFromIndex = (values: readonly (number | null)[]): Figures =>
  Object.fromEntries(FIGURE_KEYS.map((k, i) => [k, values[i] ?? null])) as Figures;
