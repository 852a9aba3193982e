import { describe, expect, test } from 'vitest';
import { generateReports } from '../../scripts/synthetic/generate';
import { catalogOf } from '../test-support/catalog';
import { parseReport } from '../test-support/seeds';
import { yearTableRows } from './ranking';
import { buildStats } from './rollup';

describe('the agency table of a year page', () => {
  const stats = buildStats(catalogOf(generateReports({ reports: 300, seed: 5 }).map((g) => parseReport(g.report))));
  const reports = stats.byYear.get(stats.years[0]!)!;

  test('shows the agencies with most new applications first, not-reported last, at most the limit', () => {
    const rows = yearTableRows(reports, 10);
    expect(rows).toHaveLength(10);
    const received = rows.map((r) => r.figures.received ?? -1);
    expect(received).toEqual([...received].sort((a, b) => b - a));
    // Nobody left out received more than the last one shown.
    expect(reports.filter((r) => !rows.includes(r)).every((r) => (r.figures.received ?? -1) <= received.at(-1)!)).toBe(true);
  });

  test('shows every agency of a year smaller than the limit', () => {
    expect(yearTableRows(reports, reports.length + 1)).toHaveLength(reports.length);
  });
});
