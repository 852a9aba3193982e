import { change, INDICATORS, type IndicatorKey } from './indicators';
import type { ReportStats } from './rollup';

export interface YearOnYear {
  year: number;
  /** The report compared against: the agency's previous report with tables (a gap year is skipped). */
  previousYear: number;
  /** Counts in 件, rates in percentage points; null when either year is not reported. */
  changes: Record<IndicatorKey, number | null>;
}

/** Each year's change against the agency's previous report with tables, oldest first. */
export function yearOnYear(years: readonly ReportStats[]): YearOnYear[] {
  const tabled = years.filter((y) => y.entry.report.template !== 'none');
  return tabled.slice(1).map((r, i) => {
    const prev = tabled[i]!;
    return {
      year: r.entry.report.year,
      previousYear: prev.entry.report.year,
      changes: Object.fromEntries(INDICATORS.map((ind) => [ind.key, change(r.indicators[ind.key], prev.indicators[ind.key])])) as Record<IndicatorKey, number | null>,
    };
  });
}
