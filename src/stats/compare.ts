import { figuresFromIndex, type IndicatorIndex } from './index-file';
import { computeIndicators, indicatorByKey, INDICATORS, type IndicatorKey } from './indicators';

/** A comparison as it lives in the URL: agencies (slugs), indicators and years. */
export interface Selection {
  agencies: string[];
  indicators: IndicatorKey[];
  years: number[];
}

export const DEFAULT_INDICATORS: IndicatorKey[] = ['received', 'disclosure_rate'];

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/** Reads ?a=slug,slug&i=key,key&y=2022,2023; unknown values are dropped, so an old link still opens. */
export function parseSelection(search: string, index: Pick<IndicatorIndex, 'agencies' | 'years'>): Selection {
  const params = new URLSearchParams(search);
  const slugs = new Set(index.agencies.map((a) => a.slug));
  const indicators = list(params.get('i')).filter((k): k is IndicatorKey => indicatorByKey(k) !== undefined);
  const years = list(params.get('y')).map(Number).filter((y) => index.years.includes(y));
  return {
    agencies: [...new Set(list(params.get('a')).filter((s) => slugs.has(s)))],
    indicators: indicators.length ? indicators : DEFAULT_INDICATORS,
    years: years.length ? years.sort((a, b) => a - b) : [...index.years],
  };
}

export function selectionQuery(s: Selection): string {
  const params = new URLSearchParams();
  if (s.agencies.length) params.set('a', s.agencies.join(','));
  params.set('i', s.indicators.join(','));
  params.set('y', s.years.join(','));
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

export interface ComparisonRow {
  slug: string;
  name: string;
  region: string;
  year: number;
  /** In the order of the selected indicators; null when not reported or no report that year. */
  values: (number | null)[];
  reported: boolean;
}

/** One row per selected agency and year, in selection order, with the selected indicators. */
export function comparisonRows(index: IndicatorIndex, s: Selection): ComparisonRow[] {
  const keys = INDICATORS.filter((i) => s.indicators.includes(i.key)).map((i) => i.key);
  return s.agencies.flatMap((slug) => {
    const agency = index.agencies.find((a) => a.slug === slug);
    if (!agency) return [];
    return s.years.map((year) => {
      const raw = agency.years[String(year)];
      const values = raw ? computeIndicators(figuresFromIndex(raw)) : undefined;
      return { slug, name: agency.name, region: agency.region, year, values: keys.map((k) => values?.[k] ?? null), reported: raw !== undefined };
    });
  });
}

/** The selected indicators in their defined order (the order of the table's columns). */
export const selectedIndicators = (s: Selection) => INDICATORS.filter((i) => s.indicators.includes(i.key));
